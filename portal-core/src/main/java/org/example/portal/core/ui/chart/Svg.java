package org.example.portal.core.ui.chart;

import java.util.Locale;

/** The few SVG pieces the charts are made of, with text escaped. */
final class Svg {

  /** Series colours that stay apart for colour-blind readers (Okabe–Ito palette). */
  static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"};

  private final StringBuilder out = new StringBuilder();

  Svg(int width, int height) {
    out.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(width).append(' ').append(height)
        .append("' width='100%' preserveAspectRatio='xMinYMin meet' font-family='sans-serif' font-size='12' role='presentation'>");
  }

  static String colour(int series) {
    return PALETTE[series % PALETTE.length];
  }

  Svg rect(double x, double y, double width, double height, String fill, String tooltip) {
    out.append("<rect x='").append(fmt(x)).append("' y='").append(fmt(y)).append("' width='").append(fmt(Math.max(0, width)))
        .append("' height='").append(fmt(Math.max(0, height))).append("' fill='").append(fill).append("'>");
    if (tooltip != null) {
      out.append("<title>").append(escape(tooltip)).append("</title>");
    }
    out.append("</rect>");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke) {
    out.append("<line x1='").append(fmt(x1)).append("' y1='").append(fmt(y1)).append("' x2='").append(fmt(x2))
        .append("' y2='").append(fmt(y2)).append("' stroke='").append(stroke).append("'/>");
    return this;
  }

  Svg text(double x, double y, String text, String anchor) {
    out.append("<text x='").append(fmt(x)).append("' y='").append(fmt(y)).append("' text-anchor='").append(anchor)
        .append("' fill='#333'>").append(escape(text)).append("</text>");
    return this;
  }

  String end() {
    return out.append("</svg>").toString();
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace("\"", "&quot;");
  }

  /** Cuts a label to the room it has, so one long name cannot push the bars off the picture. */
  static String clip(String text, int maxChars) {
    return text.length() <= maxChars ? text : text.substring(0, Math.max(1, maxChars - 1)) + "…";
  }
}
