package org.example.portal.core.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What a dashboard measures: the half-open time range [from, to) and, when not null, one product area.
 *
 * @param from the first instant counted
 * @param to the first instant no longer counted; after {@code from}
 * @param areaId a product area, or null for all of them
 */
public record Period(Instant from, Instant to, Long areaId) {

  /** The longest period a dashboard measures, so every query stays bounded. */
  public static final Duration LONGEST = Duration.ofDays(366);

  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must lie before to");
    }
  }

  /** The start as a query parameter for a {@code timestamp with time zone} column. */
  public OffsetDateTime fromParameter() {
    return OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
  }

  /** The end (not included) as a query parameter for a {@code timestamp with time zone} column. */
  public OffsetDateTime toParameter() {
    return OffsetDateTime.ofInstant(to, ZoneOffset.UTC);
  }

  public Duration length() {
    return Duration.between(from, to);
  }
}
