package org.example.portal.core.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartTest {

  private static final Pattern BAR_WIDTH = Pattern.compile("<rect x='200.0' y='[0-9.]+' width='([0-9.]+)'");

  @Test
  void bars_are_as_long_as_their_share_of_the_largest_value() {
    String svg = BarChart.svg(List.of(new BarChart.Bar("five", 5), new BarChart.Bar("ten", 10), new BarChart.Bar("none", 0)));
    Matcher widths = BAR_WIDTH.matcher(svg);
    assertTrue(widths.find(), svg);
    double five = Double.parseDouble(widths.group(1));
    assertTrue(widths.find(), svg);
    double ten = Double.parseDouble(widths.group(1));
    assertTrue(widths.find(), svg);
    assertEquals(0, Double.parseDouble(widths.group(1)));
    assertEquals(2 * five, ten, 0.2);
  }

  @Test
  void labels_from_users_cannot_inject_markup() {
    String svg = BarChart.svg(List.of(new BarChart.Bar("<script>alert('x')</script>", 1)));
    assertFalse(svg.contains("<script>"), svg);
    assertTrue(svg.contains("&lt;script&gt;"), svg);
  }

  @Test
  void the_text_alternative_names_every_figure() {
    assertEquals("Answers: Yes 3; No 1", BarChart.describe("Answers", List.of(new BarChart.Bar("Yes", 3), new BarChart.Bar("No", 1))));
    assertEquals("Per day (2 columns): ideas 5; tickets 4", ColumnChart.describe("Per day", List.of("1 Dec", "2 Dec"),
        List.of(new ColumnChart.Series("ideas", new double[] {2, 3}), new ColumnChart.Series("tickets", new double[] {0, 4}))));
  }

  @Test
  void grid_lines_fall_on_round_figures_and_counts_get_whole_ones() {
    assertEquals(1, ColumnChart.gridStep(0.3, true));
    assertEquals(0.5, ColumnChart.gridStep(0.3, false));
    assertEquals(10, ColumnChart.gridStep(7, true));
    assertEquals(2.5, ColumnChart.gridStep(2.1, false));
    assertEquals(2000, ColumnChart.gridStep(1800, true));
    assertEquals(1, ColumnChart.gridStep(0, true));
  }

  @Test
  void stacked_columns_need_a_value_per_category() {
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> new ColumnChart("Per day", List.of("a", "b"), List.of(new ColumnChart.Series("ideas", new double[] {1}))));
    assertTrue(wrong.getMessage().contains("ideas"));
    String svg = ColumnChart.svg(List.of("a", "b"), List.of(new ColumnChart.Series("ideas", new double[] {1, 2})));
    assertTrue(svg.contains("a · ideas: 1") && svg.contains("b · ideas: 2"), svg);
  }
}
