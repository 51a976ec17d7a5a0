package org.example.portal.selfservice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.example.portal.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Monday to Friday, nine to five in Berlin, with Christmas off. */
  private static final BusinessCalendar OFFICE = BusinessCalendar.parse("Europe/Berlin", "MON-FRI 09:00-17:00", "2026-12-24,2026-12-25");

  private static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @Test
  void timeWithinOneWorkingDayIsAddedAsItIs() {
    assertEquals(berlin("2026-11-02T12:30"), OFFICE.plus(berlin("2026-11-02T10:00"), Duration.ofMinutes(150)));
  }

  @Test
  void timeBeforeOpeningStartsCountingAtOpening() {
    assertEquals(berlin("2026-11-02T10:00"), OFFICE.plus(berlin("2026-11-02T06:15"), Duration.ofHours(1)));
  }

  @Test
  void whatDoesNotFitIntoTheDayContinuesOnTheNextWorkingDay() {
    assertEquals(berlin("2026-11-03T11:00"), OFFICE.plus(berlin("2026-11-02T15:00"), Duration.ofHours(4)));
  }

  @Test
  void aTicketOpenedOnFridayEveningIsDueOnMondayAfternoon() {
    assertEquals(berlin("2026-11-09T17:00"), OFFICE.plus(berlin("2026-11-06T19:00"), Duration.ofHours(8)));
  }

  @Test
  void exactlyTheRestOfTheDayEndsAtClosingNotNextMorning() {
    assertEquals(berlin("2026-11-02T17:00"), OFFICE.plus(berlin("2026-11-02T13:00"), Duration.ofHours(4)));
  }

  @Test
  void holidaysAreSkippedLikeWeekends() {
    // Wednesday 23 December 16:00 + 2 hours: one hour that day, Thursday and Friday are holidays, then Monday.
    assertEquals(berlin("2026-12-28T10:00"), OFFICE.plus(berlin("2026-12-23T16:00"), Duration.ofHours(2)));
  }

  @Test
  void aWorkingDayIsEightBusinessHoursAlsoWhenTheClocksChange() {
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026; Monday stays nine to five.
    assertEquals(Duration.ofHours(8), OFFICE.between(berlin("2026-03-30T00:00"), berlin("2026-03-31T00:00")));
    assertEquals(Duration.ofHours(8), OFFICE.between(berlin("2026-10-26T00:00"), berlin("2026-10-27T00:00")));
    assertEquals(berlin("2026-03-30T17:00"), OFFICE.plus(berlin("2026-03-27T17:00"), Duration.ofHours(8)));
  }

  @Test
  void aroundTheClockCalendarsCountTheNightsTooAndDaylightSavingShowsInAbsoluteTime() {
    BusinessCalendar always = BusinessCalendar.parse("Europe/Berlin", "MON-SUN 00:00-00:00", "");
    // The night the clocks go forward has 23 hours.
    assertEquals(Duration.ofHours(23), always.between(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00")));
    assertEquals(Instant.parse("2026-11-01T10:00:00Z").plus(Duration.ofHours(30)), BusinessCalendar.ALWAYS.plus(Instant.parse("2026-11-01T10:00:00Z"), Duration.ofHours(30)));
  }

  @Test
  void businessTimeBetweenTwoInstantsCountsOnlyOpeningHours() {
    // Friday 16:00 to Monday 10:00 is one hour on Friday and one on Monday.
    assertEquals(Duration.ofHours(2), OFFICE.between(berlin("2026-11-06T16:00"), berlin("2026-11-09T10:00")));
    assertEquals(Duration.ZERO, OFFICE.between(berlin("2026-11-07T10:00"), berlin("2026-11-08T18:00")));
    assertEquals(Duration.ZERO, OFFICE.between(berlin("2026-11-09T10:00"), berlin("2026-11-06T16:00")));
  }

  @Test
  void addingAndMeasuringAgree() {
    Instant start = berlin("2026-11-04T11:17");
    for (int minutes : new int[] {1, 59, 480, 481, 2400, 10_000}) {
      Instant end = OFFICE.plus(start, Duration.ofMinutes(minutes));
      assertEquals(Duration.ofMinutes(minutes), OFFICE.between(start, end), minutes + " minutes");
    }
  }

  @Test
  void theSameLocalHoursInAnotherZoneAreOtherInstants() {
    BusinessCalendar tashkent = BusinessCalendar.parse("Asia/Tashkent", "MON-FRI 09:00-17:00", "");
    // 10:00 UTC on a Monday is 15:00 in Tashkent (two hours left) and 11:00 in Berlin (six hours left).
    Instant start = Instant.parse("2026-11-02T10:00:00Z");
    assertEquals(Instant.parse("2026-11-03T05:00:00Z"), tashkent.plus(start, Duration.ofHours(3)));
    assertEquals(Instant.parse("2026-11-02T13:00:00Z"), OFFICE.plus(start, Duration.ofHours(3)));
  }

  @Test
  void openingHoursAreKnownAtEveryInstant() {
    assertTrue(OFFICE.isOpen(berlin("2026-11-02T09:00")));
    assertFalse(OFFICE.isOpen(berlin("2026-11-02T17:00")));
    assertFalse(OFFICE.isOpen(berlin("2026-11-07T12:00")));
    assertFalse(OFFICE.isOpen(berlin("2026-12-24T12:00")));
  }

  @Test
  void configurationIsReadWithDayListsAndRanges() {
    BusinessCalendar c = BusinessCalendar.parse("UTC", "MON,WED,FRI-SUN 08:30-12:00", "2026-01-01");
    assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), c.workingDays());
    assertTrue(c.holidays().contains(LocalDate.of(2026, 1, 1)));
    assertEquals(BusinessCalendar.parse("UTC", "SAT-MON 08:30-12:00", "").workingDays(), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY));
  }

  @Test
  void brokenConfigurationIsRefusedWithAReadableMessage() {
    assertEquals("zone", assertThrows(InvalidInputException.class, () -> BusinessCalendar.parse("Mars/Olympus", "MON-FRI 09:00-17:00", "")).field());
    assertEquals("hours", assertThrows(InvalidInputException.class, () -> BusinessCalendar.parse("UTC", "weekdays", "")).field());
    assertEquals("hours", assertThrows(InvalidInputException.class, () -> BusinessCalendar.parse("UTC", "MON-FRI 17:00-09:00", "")).field());
    assertEquals("hours", assertThrows(InvalidInputException.class, () -> BusinessCalendar.parse("UTC", "XX-FRI 09:00-17:00", "")).field());
    assertEquals("hours", assertThrows(InvalidInputException.class, () -> BusinessCalendar.parse("UTC", "MON-FRI 9-5", "")).field());
    InvalidInputException holiday = assertThrows(InvalidInputException.class, () -> BusinessCalendar.parse("UTC", "MON-FRI 09:00-17:00", "2026-12-24, next tuesday"));
    assertEquals("holidays", holiday.field());
    assertTrue(holiday.getMessage().contains("'next'"), holiday.getMessage());
  }

  @Test
  void holidaysMayBeSeparatedByCommasSpacesOrLines() {
    BusinessCalendar c = BusinessCalendar.parse("UTC", "MON-FRI 09:00-17:00", "2026-12-24, 2026-12-25\n2026-12-31");
    assertEquals(3, c.holidays().size());
  }
}
