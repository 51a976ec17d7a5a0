package org.example.portal.core.metrics;

import java.math.BigDecimal;
import java.util.List;

/**
 * A feature's figures for a period: single figures shown as cards and bars, and rankings shown as bar charts.
 * Every {@code key} is a translation key the feature's own bundle names in each language.
 */
public record DashboardPanel(String panel, String titleKey, List<Figure> figures, List<Ranking> rankings) {

  public DashboardPanel {
    figures = List.copyOf(figures);
    rankings = List.copyOf(rankings);
  }

  /** How a figure's value is read. */
  public enum Unit {
    /** A whole number of things. */
    COUNT,
    /** A share in per cent, 0 to 100. */
    PERCENT,
    /** A duration in hours (wall-clock). */
    HOURS
  }

  /**
   * One figure.
   *
   * @param value the figure, exact; null when the period has nothing to measure it on (no tickets, no rounds)
   * @param basis how many things it was measured on, such as the tickets a median is taken of
   */
  public record Figure(String key, Unit unit, BigDecimal value, long basis) {

    public static Figure count(String key, long count) {
      return new Figure(key, Unit.COUNT, BigDecimal.valueOf(count), count);
    }

    /** The share {@code part / whole} in per cent; no value when the whole is zero. */
    public static Figure percent(String key, long part, long whole) {
      return new Figure(key, Unit.PERCENT, Rates.percent(part, whole), whole);
    }

    /** A duration given in seconds, in hours; no value when none was measured. */
    public static Figure hours(String key, Long seconds, long basis) {
      return new Figure(key, Unit.HOURS, Rates.hours(seconds), basis);
    }
  }

  /**
   * The leaders of one measure, largest first, such as ideas by the weight of their votes.
   *
   * @param unit what the values count: a currency code for money, otherwise a word for the reader's bundle
   *     ({@code votes})
   */
  public record Ranking(String key, String unit, List<Entry> entries) {

    public Ranking {
      entries = List.copyOf(entries);
    }
  }

  /**
   * One place in a ranking.
   *
   * @param link the page of the thing ranked, relative to the portal's root (e.g. {@code ideas/42}); may be null
   */
  public record Entry(String label, String link, BigDecimal value) {}
}
