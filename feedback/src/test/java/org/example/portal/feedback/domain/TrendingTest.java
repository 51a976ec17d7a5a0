package org.example.portal.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrendingTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void aWeekOldVoteCountsAboutAThirdOfOneCastNow() {
    double now = Trending.decayedTo(Trending.weightOf(NOW), NOW);
    double weekOld = Trending.decayedTo(Trending.weightOf(NOW.minus(Duration.ofDays(7))), NOW);
    assertEquals(1.0, now, 1e-9);
    assertEquals(Math.exp(-1), weekOld, 1e-9);
  }

  @Test
  void threeFreshVotesTrendAboveTenVotesFromAMonthAgo() {
    double fresh = 3 * Trending.weightOf(NOW.minus(Duration.ofDays(1)));
    double old = 10 * Trending.weightOf(NOW.minus(Duration.ofDays(30)));
    assertTrue(fresh > old);
  }

  @Test
  void sumsStayFiniteForYearsAfterTheEpoch() {
    assertTrue(Double.isFinite(1_000_000 * Trending.weightOf(Trending.EPOCH.plus(Duration.ofDays(365 * 12)))));
  }
}
