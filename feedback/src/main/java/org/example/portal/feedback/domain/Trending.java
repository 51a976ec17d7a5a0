package org.example.portal.feedback.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * "Trending" sorts ideas by recent votes: each vote counts {@code exp(-age / 7 days)}, so a vote from a week ago
 * counts about a third of one from today. Stored per idea as the sum of {@code exp((voted at - epoch) / 7 days)}
 * over its votes: every idea's sum shrinks by the same factor as time passes, so the order at any moment equals
 * the order of these sums, and a vote changes only its own idea's row. Doubles hold the growing terms for about
 * 13 years after the epoch; before then a migration moves the epoch and divides the column by the same factor.
 */
public final class Trending {

  static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
  static final Duration TIME_CONSTANT = Duration.ofDays(7);

  private Trending() {}

  /** What one vote cast at this moment adds to its idea's trending sum (and removes when withdrawn). */
  public static double weightOf(Instant votedAt) {
    double age = Duration.between(EPOCH, votedAt).toSeconds();
    return Math.exp(age / TIME_CONSTANT.toSeconds());
  }

  /** The sum as votes from now on see it: recent votes count about 1 each, a week-old one about 0.37. */
  public static double decayedTo(double sum, Instant now) {
    return sum / weightOf(now);
  }
}
