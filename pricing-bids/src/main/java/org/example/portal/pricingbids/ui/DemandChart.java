package org.example.portal.pricingbids.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.example.portal.core.ui.chart.Svg;
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
  private static final String CURVE = "#1676f3";
  /** The curve's blue, faint: the revenue at the best price, as the area under it. */
  private static final String REVENUE = "rgba(22, 118, 243, 0.12)";
  private static final String BEST = "#e8590c";

  private DemandChart() {}

  /** A data: URL an {@code <img>} can show. */
  static String dataUrl(DemandCurve curve, String currency, String unitsLabel) {
    return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(curve, currency, unitsLabel).getBytes(StandardCharsets.UTF_8));
  }

  static String svg(DemandCurve curve, String currency, String unitsLabel) {
    List<DemandCurve.Point> points = curve.points();
    Svg svg = new Svg(WIDTH, HEIGHT).rect(0, 0, WIDTH, HEIGHT, "white", null);
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    svg.line(LEFT, TOP, LEFT, TOP + plotHeight, "#888").line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight, "#888");
    if (points.isEmpty()) {
      return svg.end();
    }
    double maxPrice = points.get(0).price().doubleValue();
    double maxUnits = Math.max(1, points.get(points.size() - 1).units());
    // Only positions on the picture use doubles; every figure printed comes from the exact values.
    DoubleUnaryOperator x = u -> LEFT + u / maxUnits * plotWidth;
    DoubleUnaryOperator y = p -> TOP + plotHeight - p / maxPrice * plotHeight;
    List<Svg.Point> staircase = new ArrayList<>();
    double stepX = x.applyAsDouble(0);
    staircase.add(new Svg.Point(stepX, y.applyAsDouble(maxPrice)));
    for (DemandCurve.Point p : points) {
      double stepY = y.applyAsDouble(p.price().doubleValue());
      staircase.add(new Svg.Point(stepX, stepY));
      stepX = x.applyAsDouble(p.units());
      staircase.add(new Svg.Point(stepX, stepY));
    }
    staircase.add(new Svg.Point(stepX, y.applyAsDouble(0)));
    svg.polyline(staircase, CURVE, 2);
    curve.revenueMaximum().ifPresent(best -> {
      double bx = x.applyAsDouble(best.units());
      double by = y.applyAsDouble(best.price().doubleValue());
      svg.rect(LEFT, by, bx - LEFT, TOP + plotHeight - by, REVENUE, null).circle(bx, by, 5, BEST)
          .text(Math.min(bx + 8, WIDTH - 200), Math.max(by - 8, TOP + 12), best.price().toPlainString() + " " + currency + " × " + best.units(), "start");
    });
    svg.text(LEFT - 6, TOP + 10, BigDecimal.valueOf(maxPrice).setScale(2, RoundingMode.HALF_UP).toPlainString(), "end")
        .text(LEFT - 6, TOP + plotHeight, "0", "end")
        .text(LEFT + plotWidth, HEIGHT - 12, String.format(Locale.ROOT, "%d %s", (long) maxUnits, unitsLabel), "end")
        .text(LEFT - 6, TOP + plotHeight / 2.0, currency, "end");
    return svg.end();
  }
}
