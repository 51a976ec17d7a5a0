package org.example.portal.prototypes.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The three reminders of a feedback round, each sent at most once: some days before the due date, on the
 * due date (its last 24 hours) and once it has passed.
 */
public enum ReminderKind {
  BEFORE_DUE,
  ON_DUE,
  OVERDUE;

  /** The longest time before a due date that its first reminder can go out. */
  public static final Duration LONGEST_LEAD = Duration.ofDays(3);

  /** How long before the due date the first reminder goes out: three days, or half a short due period. */
  public static Duration leadTime(int dueDays) {
    return Duration.ofHours(Math.min(LONGEST_LEAD.toHours(), Math.max(24, dueDays * 12L)));
  }

  /**
   * The one reminder to send now for a round due at {@code dueAt}, given which were sent. When a job run
   * was missed, only the latest reminder that applies goes out: nobody gets "due in three days" after the
   * due date.
   */
  public static Optional<ReminderKind> dueNow(Instant now, Instant dueAt, int dueDays, boolean beforeSent, boolean onDueSent, boolean overdueSent) {
    if (!now.isBefore(dueAt)) {
      return overdueSent ? Optional.empty() : Optional.of(OVERDUE);
    }
    if (!now.isBefore(dueAt.minus(Duration.ofDays(1)))) {
      return onDueSent ? Optional.empty() : Optional.of(ON_DUE);
    }
    if (!now.isBefore(dueAt.minus(leadTime(dueDays)))) {
      return beforeSent ? Optional.empty() : Optional.of(BEFORE_DUE);
    }
    return Optional.empty();
  }

  /** The earliest moment any reminder of a round can be due: what the job looks for in the database. */
  public static Instant firstReminderAt(Instant dueAt, int dueDays) {
    return dueAt.minus(leadTime(dueDays));
  }
}
