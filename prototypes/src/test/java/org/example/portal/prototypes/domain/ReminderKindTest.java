package org.example.portal.prototypes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderKindTest {

  private static final Instant DUE = Instant.parse("2026-12-15T12:00:00Z");

  private static Optional<ReminderKind> at(Duration beforeDue, boolean before, boolean onDue, boolean overdue) {
    return ReminderKind.dueNow(DUE.minus(beforeDue), DUE, 14, before, onDue, overdue);
  }

  @Test
  void nothingIsSentEarlierThanThreeDaysBeforeTheDueDate() {
    assertEquals(Optional.empty(), at(Duration.ofDays(4), false, false, false));
    assertEquals(Optional.of(ReminderKind.BEFORE_DUE), at(Duration.ofDays(3), false, false, false));
  }

  @Test
  void eachReminderGoesOutOnce() {
    assertEquals(Optional.empty(), at(Duration.ofDays(2), true, false, false));
    assertEquals(Optional.of(ReminderKind.ON_DUE), at(Duration.ofHours(20), true, false, false));
    assertEquals(Optional.empty(), at(Duration.ofHours(2), true, true, false));
    assertEquals(Optional.of(ReminderKind.OVERDUE), at(Duration.ofHours(-1), true, true, false));
    assertEquals(Optional.empty(), at(Duration.ofDays(-5), true, true, true));
  }

  @Test
  void afterAMissedRunOnlyTheLatestReminderIsSent() {
    assertEquals(Optional.of(ReminderKind.OVERDUE), at(Duration.ofDays(-1), false, false, false));
  }

  @Test
  void aShortDuePeriodGetsItsFirstReminderHalfWay() {
    assertEquals(Duration.ofHours(24), ReminderKind.leadTime(2));
    assertEquals(Duration.ofHours(48), ReminderKind.leadTime(4));
    assertEquals(Duration.ofHours(72), ReminderKind.leadTime(30));
  }
}
