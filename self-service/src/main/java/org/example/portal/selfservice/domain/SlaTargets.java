package org.example.portal.selfservice.domain;

import java.time.Duration;

/** How much business time support has for a ticket: until the first public reply, and until it is solved. */
public record SlaTargets(Duration firstResponse, Duration resolution) {

  public SlaTargets {
    if (firstResponse.isNegative() || firstResponse.isZero() || resolution.isNegative() || resolution.isZero()) {
      throw new IllegalArgumentException("Service-level targets must be positive");
    }
  }

  public static SlaTargets ofMinutes(long firstResponse, long resolution) {
    return new SlaTargets(Duration.ofMinutes(firstResponse), Duration.ofMinutes(resolution));
  }
}
