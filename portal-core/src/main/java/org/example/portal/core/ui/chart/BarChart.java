package org.example.portal.core.ui.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Horizontal bars, one per labelled value, longest bar for the largest value: answer distributions, top lists,
 * shares. The value text beside each bar is the caller's ("4.2", "1,250 EUR", "93 %"), so units stay exact.
 */
public class BarChart extends Composite<Div> {

  /** One bar: its label, the length it is drawn at, and the figure printed beside it. */
  public record Bar(String label, double value, String valueText) {
    public Bar(String label, long value) {
      this(label, value, String.valueOf(value));
    }
  }

  private static final int WIDTH = 640;
  private static final int ROW = 24;
  private static final int LABEL_WIDTH = 200;
  private static final int VALUE_WIDTH = 90;

  public BarChart(String title, List<Bar> bars) {
    Div root = getContent();
    root.addClassName("portal-chart");
    root.getElement().setAttribute("role", "img");
    root.getElement().setAttribute("aria-label", describe(title, bars));
    root.getElement().setAttribute("title", title);
    root.add(new Html("<div>" + svg(bars) + "</div>"));
  }

  static String svg(List<Bar> bars) {
    int height = Math.max(1, bars.size()) * ROW + 8;
    Svg svg = new Svg(WIDTH, height);
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    double room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = 4 + i * ROW;
      double length = max <= 0 ? 0 : bar.value() / max * room;
      svg.text(LABEL_WIDTH - 8, y + 16, Svg.clip(bar.label(), 30), "end");
      svg.rect(LABEL_WIDTH, y + 4, Math.max(length, bar.value() > 0 ? 2 : 0), ROW - 8, Svg.colour(0), bar.label() + ": " + bar.valueText());
      svg.text(LABEL_WIDTH + length + 6, y + 16, bar.valueText(), "start");
    }
    return svg.end();
  }

  static String describe(String title, List<Bar> bars) {
    return title + ": " + bars.stream().map(b -> b.label() + " " + b.valueText()).collect(Collectors.joining("; "));
  }
}
