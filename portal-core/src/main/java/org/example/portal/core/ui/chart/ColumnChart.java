package org.example.portal.core.ui.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stacked columns over an ordered axis, usually days: one colour per series (kinds of submission, product
 * areas), a legend under the picture, and at most a dozen axis labels however many columns there are.
 */
public class ColumnChart extends Composite<Div> {

  /** One series: its name in the legend and a value per category, in the categories' order. */
  public record Series(String name, double[] values) {}

  private static final int WIDTH = 640;
  private static final int HEIGHT = 260;
  private static final int LEFT = 48;
  private static final int RIGHT = 8;
  private static final int TOP = 12;
  private static final int BOTTOM = 28;
  private static final int LEGEND_ROW = 18;

  public ColumnChart(String title, List<String> categories, List<Series> series) {
    for (Series s : series) {
      if (s.values().length != categories.size()) {
        throw new IllegalArgumentException("series " + s.name() + " has " + s.values().length + " values for " + categories.size() + " categories");
      }
    }
    Div root = getContent();
    root.addClassName("portal-chart");
    root.getElement().setAttribute("role", "img");
    root.getElement().setAttribute("aria-label", describe(title, categories, series));
    root.getElement().setAttribute("title", title);
    root.add(new Html("<div>" + svg(categories, series) + "</div>"));
  }

  static String svg(List<String> categories, List<Series> series) {
    int legendRows = (series.size() + 3) / 4;
    Svg svg = new Svg(WIDTH, HEIGHT + legendRows * LEGEND_ROW);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double[] totals = new double[categories.size()];
    for (Series s : series) {
      for (int i = 0; i < totals.length; i++) {
        totals[i] += s.values()[i];
      }
    }
    boolean whole = series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.values())).allMatch(v -> v == Math.rint(v));
    double max = 4 * gridStep(java.util.Arrays.stream(totals).max().orElse(0) / 4, whole);
    svg.line(LEFT, TOP, LEFT, TOP + plotHeight, "#888").line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight, "#888");
    for (int step = 1; step <= 4; step++) {
      double value = max * step / 4;
      double y = TOP + plotHeight - plotHeight * step / 4;
      svg.line(LEFT, y, LEFT + plotWidth, y, "#e4e4e4").text(LEFT - 4, y + 4, label(value), "end");
    }
    svg.text(LEFT - 4, TOP + plotHeight + 4, "0", "end");
    if (!categories.isEmpty()) {
      double slot = plotWidth / categories.size();
      double gap = Math.min(4, slot * 0.2);
      int labelEvery = Math.max(1, (int) Math.ceil(categories.size() / 12.0));
      for (int i = 0; i < categories.size(); i++) {
        double x = LEFT + i * slot + gap / 2;
        double base = TOP + plotHeight;
        for (int s = 0; s < series.size(); s++) {
          double value = series.get(s).values()[i];
          double h = max <= 0 ? 0 : value / max * plotHeight;
          if (h > 0) {
            svg.rect(x, base - h, slot - gap, h, Svg.colour(s), categories.get(i) + " · " + series.get(s).name() + ": " + label(value));
          }
          base -= h;
        }
        if (i % labelEvery == 0) {
          svg.text(LEFT + i * slot + slot / 2, TOP + plotHeight + 16, Svg.clip(categories.get(i), 10), "middle");
        }
      }
    }
    for (int s = 0; s < series.size(); s++) {
      double x = LEFT + (s % 4) * (plotWidth / 4);
      double y = HEIGHT + (s / 4) * LEGEND_ROW;
      svg.rect(x, y - 10, 10, 10, Svg.colour(s), null).text(x + 14, y, Svg.clip(series.get(s).name(), 22), "start");
    }
    return svg.end();
  }

  /**
   * The distance between grid lines: 1, 2, 2.5 or 5 times a power of ten, at least a quarter of the tallest
   * column, so the four lines fall on round figures; counts never get fractional lines.
   */
  static double gridStep(double quarter, boolean whole) {
    if (quarter <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(quarter)));
    double step = 10 * power;
    for (double factor : new double[] {1, 2, 2.5, 5}) {
      if (factor * power >= quarter) {
        step = factor * power;
        break;
      }
    }
    return whole ? Math.max(1, Math.ceil(step)) : step;
  }

  private static String label(double value) {
    return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value) : String.format(Locale.ROOT, "%.1f", value);
  }

  static String describe(String title, List<String> categories, List<Series> series) {
    List<String> parts = new ArrayList<>();
    for (Series s : series) {
      double total = 0;
      for (double v : s.values()) {
        total += v;
      }
      parts.add(s.name() + " " + label(total));
    }
    return title + " (" + categories.size() + " columns): " + String.join("; ", parts);
  }
}
