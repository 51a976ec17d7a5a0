package org.example.portal.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.submission.SubmissionRecord;
import org.example.portal.triage.domain.InboxItem;
import org.junit.jupiter.api.Test;

class DailyTotalsTest {

  private static final LocalDate DEC_1 = LocalDate.parse("2026-12-01");
  private static final LocalDate DEC_2 = LocalDate.parse("2026-12-02");

  private static DailyTotals at(String instant) {
    DailyTotals totals = new DailyTotals();
    totals.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    return totals;
  }

  @Test
  void aDayIsOverAnHourAfterItEnds() {
    assertEquals(DEC_1, at("2026-12-02T00:59:59Z").firstOpenDay(), "in the first hour of a day yesterday is still open");
    assertEquals(DEC_2, at("2026-12-02T01:00:00Z").firstOpenDay());
    assertEquals(DEC_2, at("2026-12-02T23:59:59Z").firstOpenDay());
  }

  @Test
  void aDayThatIsNotOverIsNeverCounted() {
    // Refused before the database is asked: the totals of a day still open would miss its last items.
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> at("2026-12-02T00:30:00Z").count(DEC_1));
    assertTrue(refused.getMessage().contains("2026-12-01"), refused::getMessage);
    assertThrows(IllegalArgumentException.class, () -> at("2026-12-02T12:00:00Z").count(DEC_2));
  }

  @Test
  void onlyPastDaysGoStaleOnceEachInAscendingOrder() {
    List<LocalDate> days = List.of(DEC_2, DEC_1.minusDays(3), DEC_1, DEC_2.plusDays(1), DEC_1, DEC_1.minusDays(3));
    assertEquals(List.of(DEC_1.minusDays(3), DEC_1), DailyTotals.stale(days, DEC_2), "today and later days have no totals");
    assertEquals(List.of(), DailyTotals.stale(List.of(DEC_2), DEC_2), "an item of today changes nothing");
  }

  @Test
  void daysWithoutTotalsAreCountedLiveInRunsOfConsecutiveDays() {
    LocalDate first = LocalDate.parse("2026-11-01");
    LocalDate last = LocalDate.parse("2026-11-10");
    Set<LocalDate> counted = Set.of(first, first.plusDays(1), first.plusDays(4), first.plusDays(5), first.plusDays(6));
    assertEquals(List.of("2026-11-03..2026-11-04", "2026-11-08..2026-11-10"), runs(first, last, counted));
    assertEquals(List.of("2026-11-01..2026-11-10"), runs(first, last, Set.of()));
    assertEquals(List.of(), runs(first, first, Set.of(first)));
    assertEquals(List.of("2026-11-01..2026-11-01"), runs(first, last, Set.of(first.plusDays(1), first.plusDays(2), first.plusDays(3),
        first.plusDays(4), first.plusDays(5), first.plusDays(6), first.plusDays(7), first.plusDays(8), last)));
  }

  private static List<String> runs(LocalDate first, LocalDate last, Set<LocalDate> counted) {
    return DailyTotals.runs(first, last, counted).stream().map(r -> r[0] + ".." + r[1]).toList();
  }

  @Test
  void anItemCountsOnTheUtcDayItWasReceivedOn() {
    Instant now = Instant.parse("2026-12-02T12:00:00Z");
    InboxItem lateEvening = new InboxItem(new SubmissionRecord("idea", 1, 1, null, "T", "S", "NEW", Instant.parse("2026-12-01T23:59:59.999Z")),
        Tier.STANDARD, "en", now);
    InboxItem midnight = new InboxItem(new SubmissionRecord("idea", 2, 1, null, "T", "S", "NEW", Instant.parse("2026-12-02T00:00:00Z")),
        Tier.STANDARD, "en", now);
    assertEquals(DEC_1, lateEvening.day());
    assertEquals(DEC_2, midnight.day());
  }
}
