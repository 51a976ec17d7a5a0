package org.example.portal.selfservice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * The resolution clock of one ticket. It counts business time while support owes the customer an answer
 * and stands still while the ticket waits on the customer: business time used before a pause is kept, and
 * the due time is worked out again from the remainder when the clock runs again. The due instant is stored
 * so queues can sort and filter by it in the database.
 */
@Embeddable
public class SlaClock {

  @Column(name = "sla_target_seconds", nullable = false)
  private long targetSeconds;

  /** Business time used up to {@link #runningSince}, or up to the pause. */
  @Column(name = "sla_used_seconds", nullable = false)
  private long usedSeconds;

  /** When the clock last started; null while it stands still. */
  @Column(name = "sla_running_since")
  private Instant runningSince;

  /** When the target is missed if the clock keeps running; null while it stands still. */
  @Column(name = "resolution_due")
  private Instant due;

  protected SlaClock() {}

  SlaClock(Duration target, BusinessCalendar calendar, Instant start) {
    this.targetSeconds = target.toSeconds();
    this.usedSeconds = 0;
    resume(calendar, start);
  }

  public boolean isRunning() {
    return runningSince != null;
  }

  void pause(BusinessCalendar calendar, Instant now) {
    if (runningSince == null) {
      return;
    }
    usedSeconds += calendar.between(runningSince, now).toSeconds();
    runningSince = null;
    due = null;
  }

  void resume(BusinessCalendar calendar, Instant now) {
    if (runningSince != null) {
      return;
    }
    runningSince = now;
    due = calendar.plus(now, remaining());
  }

  /** A new target (the priority changed): what was used so far counts against it. */
  void retarget(Duration target, BusinessCalendar calendar, Instant now) {
    boolean running = isRunning();
    pause(calendar, now);
    targetSeconds = target.toSeconds();
    if (running) {
      resume(calendar, now);
    }
  }

  /** Business time used so far, including the running stretch. */
  public Duration used(BusinessCalendar calendar, Instant now) {
    Duration used = Duration.ofSeconds(usedSeconds);
    return runningSince == null ? used : used.plus(calendar.between(runningSince, now));
  }

  public boolean isBreached(BusinessCalendar calendar, Instant now) {
    return used(calendar, now).compareTo(target()) > 0;
  }

  /** Business time left before the target is missed; negative once it was. */
  public Duration left(BusinessCalendar calendar, Instant now) {
    return target().minus(used(calendar, now));
  }

  private Duration remaining() {
    Duration left = Duration.ofSeconds(targetSeconds - usedSeconds);
    return left.isNegative() ? Duration.ZERO : left;
  }

  public Duration target() {
    return Duration.ofSeconds(targetSeconds);
  }

  public Instant getDue() {
    return due;
  }

  public Instant getRunningSince() {
    return runningSince;
  }
}
