package org.example.portal.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RatesTest {

  private static TreeMap<Long, Long> histogram(long... valueAndCount) {
    TreeMap<Long, Long> histogram = new TreeMap<>();
    for (int i = 0; i < valueAndCount.length; i += 2) {
      histogram.put(valueAndCount[i], valueAndCount[i + 1]);
    }
    return histogram;
  }

  @Test
  void theMedianIsTheMiddleValueByNearestRank() {
    assertEquals(2L, Rates.percentile(histogram(1, 1, 2, 1, 3, 1, 4, 1), 50));
    assertEquals(3L, Rates.percentile(histogram(1, 1, 2, 1, 3, 1, 4, 1, 5, 1), 50));
  }

  @Test
  void theNinetiethPercentileOfTenValuesIsTheNinthSmallest() {
    TreeMap<Long, Long> tenValues = new TreeMap<>();
    for (long v = 1; v <= 10; v++) {
      tenValues.put(v * 60, 1L);
    }
    assertEquals(540L, Rates.percentile(tenValues, 90));
    assertEquals(600L, Rates.percentile(tenValues, 100));
  }

  @Test
  void countedValuesWeighAsOftenAsTheyOccur() {
    // 8 tickets answered in a minute, 2 in ten hours: the median is a minute, the 90th percentile ten hours
    TreeMap<Long, Long> counted = histogram(60, 8, 36_000, 2);
    assertEquals(60L, Rates.percentile(counted, 50));
    assertEquals(36_000L, Rates.percentile(counted, 90));
  }

  @Test
  void anEmptyPeriodHasNoPercentileAndNoRate() {
    assertNull(Rates.percentile(new TreeMap<>(), 50));
    assertNull(Rates.percent(0, 0));
    assertNull(Rates.hours(null));
    assertNull(DashboardPanel.Figure.percent("k", 0, 0).value());
  }

  @Test
  void ratesArePerCentWithOneDecimal() {
    assertEquals(new BigDecimal("66.7"), Rates.percent(2, 3));
    assertEquals(new BigDecimal("100.0"), Rates.percent(5, 5));
    assertEquals(new BigDecimal("0.0"), Rates.percent(0, 7));
    assertEquals(new BigDecimal("1.5"), Rates.hours(5400L));
  }

  @Test
  void percentilesOutsideTheScaleAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Rates.percentile(histogram(1, 1), 0));
    assertThrows(IllegalArgumentException.class, () -> Rates.percentile(histogram(1, 1), 101));
  }

  @Test
  void aPeriodEndsAfterItBegins() {
    Instant now = Instant.parse("2026-12-01T00:00:00Z");
    assertThrows(IllegalArgumentException.class, () -> new Period(now, now, null));
    assertEquals(30, new Period(now.minusSeconds(30 * 86_400), now, 7L).length().toDays());
  }
}
