package org.example.portal.pricingbids.ui;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.example.portal.pricingbids.domain.DemandCurve;

/**
 * The demand curve as an SVG picture: units wanted (x) at or above each price (y) as a falling staircase,
 * with the revenue-maximising price marked. Drawn on the server, so no chart library is needed.
 */
final class DemandChart {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 320;
  private static final int LEFT = 70;
  private static final int BOTTOM = 40;
  private static final int TOP = 20;
  private static final int RIGHT = 20;

  private DemandChart() {}

  /** A data: URL an {@code <img>} can show. */
  static String dataUrl(DemandCurve curve, String currency, String unitsLabel) {
    return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(curve, currency, unitsLabel).getBytes(StandardCharsets.UTF_8));
  }

  static String svg(DemandCurve curve, String currency, String unitsLabel) {
    List<DemandCurve.Point> points = curve.points();
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("' font-family='sans-serif' font-size='12'>");
    svg.append("<rect width='100%' height='100%' fill='white'/>");
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight, "#888")).append(line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight, "#888"));
    if (points.isEmpty()) {
      return svg.append("</svg>").toString();
    }
    double maxPrice = points.get(0).price().doubleValue();
    double maxUnits = Math.max(1, points.get(points.size() - 1).units());
    // Only positions on the picture use doubles; every figure printed comes from the exact values.
    java.util.function.DoubleUnaryOperator x = u -> LEFT + u / maxUnits * plotWidth;
    java.util.function.DoubleUnaryOperator y = p -> TOP + plotHeight - p / maxPrice * plotHeight;
    StringBuilder path = new StringBuilder("M").append(fmt(x.applyAsDouble(0))).append(',').append(fmt(y.applyAsDouble(maxPrice)));
    for (DemandCurve.Point p : points) {
      double py = y.applyAsDouble(p.price().doubleValue());
      path.append(" V").append(fmt(py)).append(" H").append(fmt(x.applyAsDouble(p.units())));
    }
    path.append(" V").append(fmt(y.applyAsDouble(0)));
    svg.append("<path d='").append(path).append("' fill='none' stroke='#1676f3' stroke-width='2'/>");
    curve.revenueMaximum().ifPresent(best -> {
      double bx = x.applyAsDouble(best.units());
      double by = y.applyAsDouble(best.price().doubleValue());
      svg.append("<rect x='").append(LEFT).append("' y='").append(fmt(by)).append("' width='").append(fmt(bx - LEFT))
          .append("' height='").append(fmt(TOP + plotHeight - by)).append("' fill='#1676f3' fill-opacity='0.12'/>");
      svg.append("<circle cx='").append(fmt(bx)).append("' cy='").append(fmt(by)).append("' r='5' fill='#e8590c'/>");
      svg.append(text(Math.min(bx + 8, WIDTH - 200), Math.max(by - 8, TOP + 12), best.price().toPlainString() + " " + currency + " × " + best.units(), "start"));
    });
    svg.append(text(LEFT - 6, TOP + 10, BigDecimal.valueOf(maxPrice).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), "end"));
    svg.append(text(LEFT - 6, TOP + plotHeight, "0", "end"));
    svg.append(text(LEFT + plotWidth, HEIGHT - 12, String.format(Locale.ROOT, "%d %s", (long) maxUnits, unitsLabel), "end"));
    svg.append(text(LEFT - 6, TOP + plotHeight / 2.0, currency, "end"));
    return svg.append("</svg>").toString();
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return "<line x1='" + fmt(x1) + "' y1='" + fmt(y1) + "' x2='" + fmt(x2) + "' y2='" + fmt(y2) + "' stroke='" + colour + "'/>";
  }

  private static String text(double x, double y, String text, String anchor) {
    return "<text x='" + fmt(x) + "' y='" + fmt(y) + "' text-anchor='" + anchor + "' fill='#333'>" + escape(text) + "</text>";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
  }
}
