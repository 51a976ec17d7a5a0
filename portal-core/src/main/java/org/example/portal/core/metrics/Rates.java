package org.example.portal.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.NavigableMap;

/** The arithmetic of dashboard figures: shares, percentiles of counted values, hours. */
public final class Rates {

  private Rates() {}

  /** {@code part / whole} in per cent with one decimal, or null when there is no whole to take a share of. */
  public static BigDecimal percent(long part, long whole) {
    if (whole <= 0) {
      return null;
    }
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** Seconds as hours with one decimal, or null when nothing was measured. */
  public static BigDecimal hours(Long seconds) {
    return seconds == null ? null : BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
  }

  /**
   * The {@code p}-th percentile (nearest rank) of values given as a histogram: value → how often it occurs.
   * A histogram comes from a {@code group by} in the database, so a million tickets arrive as a few thousand
   * rows. The median of 1, 2, 3, 4 is 2; the 90th percentile of ten values is the ninth smallest.
   *
   * @param p between 0 (exclusive) and 100 (inclusive)
   * @return the percentile, or null for an empty histogram
   */
  public static Long percentile(NavigableMap<Long, Long> histogram, double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("p is above 0 and at most 100");
    }
    long total = histogram.values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      return null;
    }
    long rank = (long) Math.ceil(p / 100 * total);
    long seen = 0;
    for (Map.Entry<Long, Long> bucket : histogram.entrySet()) {
      seen += bucket.getValue();
      if (seen >= rank) {
        return bucket.getKey();
      }
    }
    return histogram.lastKey();
  }
}
