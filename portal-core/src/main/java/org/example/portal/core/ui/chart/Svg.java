package org.example.portal.core.ui.chart;

import java.util.List;
import java.util.Locale;

/**
 * Writes an SVG picture from a few shapes. Every chart in the portal, here and in the features, draws with it,
 * so every text it is given (labels, tooltips, names customers typed) is escaped in one place. Positions are
 * in the picture's own units, the {@code width} by {@code height} it is created with; colours are SVG paints
 * ({@code "#0072B2"}, {@code "white"}, {@code "rgba(0, 114, 178, 0.1)"}).
 */
public final class Svg {

  /** A position on the picture. */
  public record Point(double x, double y) {}

  /** Series colours that stay apart for colour-blind readers (Okabe–Ito palette). */
  private static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"};

  private final StringBuilder out = new StringBuilder();

  public Svg(int width, int height) {
    out.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(width).append(' ').append(height)
        .append("' width='100%' preserveAspectRatio='xMinYMin meet' font-family='sans-serif' font-size='12' role='presentation'>");
  }

  /** The colour of the {@code series}-th series; after the eighth the colours repeat. */
  public static String colour(int series) {
    return PALETTE[series % PALETTE.length];
  }

  /** A filled rectangle; {@code tooltip} (or null for none) shows where the pointer rests on it. */
  public Svg rect(double x, double y, double width, double height, String fill, String tooltip) {
    out.append("<rect x='").append(fmt(x)).append("' y='").append(fmt(y)).append("' width='").append(fmt(Math.max(0, width)))
        .append("' height='").append(fmt(Math.max(0, height))).append("' fill='").append(fill).append("'>");
    if (tooltip != null) {
      out.append("<title>").append(escape(tooltip)).append("</title>");
    }
    out.append("</rect>");
    return this;
  }

  public Svg line(double x1, double y1, double x2, double y2, String stroke) {
    out.append("<line x1='").append(fmt(x1)).append("' y1='").append(fmt(y1)).append("' x2='").append(fmt(x2))
        .append("' y2='").append(fmt(y2)).append("' stroke='").append(stroke).append("'/>");
    return this;
  }

  /** Straight lines joining {@code points} in their order, unfilled: a curve, a staircase. */
  public Svg polyline(List<Point> points, String stroke, double strokeWidth) {
    out.append("<polyline points='");
    for (int i = 0; i < points.size(); i++) {
      out.append(i == 0 ? "" : " ").append(fmt(points.get(i).x())).append(',').append(fmt(points.get(i).y()));
    }
    out.append("' fill='none' stroke='").append(stroke).append("' stroke-width='").append(fmt(strokeWidth)).append("'/>");
    return this;
  }

  /** A filled dot, to mark one point. */
  public Svg circle(double x, double y, double radius, String fill) {
    out.append("<circle cx='").append(fmt(x)).append("' cy='").append(fmt(y)).append("' r='").append(fmt(radius))
        .append("' fill='").append(fill).append("'/>");
    return this;
  }

  /** One line of text; {@code anchor} is where {@code x} lies on it: {@code start}, {@code middle} or {@code end}. */
  public Svg text(double x, double y, String text, String anchor) {
    out.append("<text x='").append(fmt(x)).append("' y='").append(fmt(y)).append("' text-anchor='").append(anchor)
        .append("' fill='#333'>").append(escape(text)).append("</text>");
    return this;
  }

  /** The finished picture. */
  public String end() {
    return out.append("</svg>").toString();
  }

  /** Cuts a label to the room it has, so one long name cannot push the bars off the picture. */
  public static String clip(String text, int maxChars) {
    return text.length() <= maxChars ? text : text.substring(0, Math.max(1, maxChars - 1)) + "…";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace("\"", "&quot;");
  }
}
