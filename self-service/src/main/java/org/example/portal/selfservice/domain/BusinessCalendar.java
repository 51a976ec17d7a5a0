package org.example.portal.selfservice.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.example.portal.core.error.InvalidInputException;

/**
 * When support works: the same opening hours on the working days of the week, in one time zone, except on
 * holidays. Service-level targets count only this time, so a ticket opened on Friday evening with an eight
 * hour target is due on Monday afternoon, not on Saturday morning.
 *
 * <p>Hours are local wall-clock time: on the day clocks change, a nine-to-five day is seven or nine hours
 * long in absolute time but still eight business hours, which is what the people on duty experience.
 * Closing at {@code 00:00} means the end of the day, so {@code 00:00-00:00} is around the clock.
 */
public final class BusinessCalendar {

  /** Around the clock, every day, in UTC. */
  public static final BusinessCalendar ALWAYS = new BusinessCalendar(ZoneId.of("UTC"), EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, Set.of());

  /** How far the arithmetic looks ahead for working time before it gives up (a calendar of only holidays). */
  private static final int MAX_DAYS = 366 * 20;

  private final ZoneId zone;
  private final Set<DayOfWeek> workingDays;
  private final LocalTime opens;
  private final LocalTime closes;
  private final Set<LocalDate> holidays;

  public BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {
    this.zone = Objects.requireNonNull(zone);
    if (workingDays.isEmpty()) {
      throw new InvalidInputException("workingDays", "A support calendar needs at least one working day.");
    }
    if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
      throw new InvalidInputException("hours", "Support must close after it opens (" + opens + "-" + closes + ").");
    }
    this.workingDays = EnumSet.copyOf(workingDays);
    this.opens = opens;
    this.closes = closes;
    this.holidays = Set.copyOf(holidays);
  }

  /**
   * Reads a calendar as it is configured: a zone id such as {@code Europe/Berlin}; hours such as
   * {@code MON-FRI 09:00-17:00} or {@code MON,TUE,THU 08:30-16:00}; holidays as ISO dates separated by commas.
   */
  public static BusinessCalendar parse(String zone, String hours, String holidays) {
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone.strip());
    } catch (RuntimeException e) {
      throw new InvalidInputException("zone", "Unknown time zone '" + zone + "'.");
    }
    String[] parts = hours.strip().split("\\s+");
    if (parts.length != 2 || !parts[1].contains("-")) {
      throw new InvalidInputException("hours", "Write support hours as days and times, e.g. MON-FRI 09:00-17:00.");
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String item : parts[0].split(",")) {
      String[] range = item.split("-");
      DayOfWeek from = day(range[0]);
      DayOfWeek to = range.length > 1 ? day(range[1]) : from;
      for (DayOfWeek d = from; ; d = d.plus(1)) {
        days.add(d);
        if (d == to) {
          break;
        }
      }
    }
    String[] times = parts[1].split("-");
    Set<LocalDate> dates = new TreeSet<>();
    for (String date : Objects.requireNonNullElse(holidays, "").split("[,\\s]+")) {
      if (!date.isBlank()) {
        try {
          dates.add(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
          throw new InvalidInputException("holidays", "Write holidays as dates such as 2026-12-25, separated by commas ('" + date.strip() + "' is not one).");
        }
      }
    }
    try {
      return new BusinessCalendar(zoneId, days, LocalTime.parse(times[0]), LocalTime.parse(times[1]), dates);
    } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
      throw new InvalidInputException("hours", "Write times as HH:MM, e.g. MON-FRI 09:00-17:00.");
    }
  }

  private static DayOfWeek day(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (!n.isEmpty() && d.name().startsWith(n) && n.length() >= 2) {
        return d;
      }
    }
    throw new InvalidInputException("hours", "Unknown day '" + name + "': use MON, TUE, WED, THU, FRI, SAT or SUN.");
  }

  /** The instant when {@code work} of business time has passed after {@code start}. */
  public Instant plus(Instant start, Duration work) {
    if (work.isNegative()) {
      throw new IllegalArgumentException("Negative business time " + work);
    }
    Duration remaining = work;
    LocalDate day = start.atZone(zone).toLocalDate();
    for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      Instant open = max(start, opening(day));
      Instant close = closing(day);
      if (open.isBefore(close)) {
        Duration available = Duration.between(open, close);
        if (remaining.compareTo(available) <= 0) {
          return open.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
    throw new IllegalStateException("No working time within " + MAX_DAYS + " days of " + start);
  }

  /** Business time between two instants; zero when {@code to} is not after {@code from}. */
  public Duration between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      Instant open = max(from, opening(day));
      Instant close = min(to, closing(day));
      if (open.isBefore(close)) {
        total = total.plus(Duration.between(open, close));
      }
    }
    return total;
  }

  public boolean isWorkingDay(LocalDate day) {
    return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /** Whether support is at work at this instant. */
  public boolean isOpen(Instant at) {
    LocalDate day = at.atZone(zone).toLocalDate();
    return isWorkingDay(day) && !at.isBefore(opening(day)) && at.isBefore(closing(day));
  }

  private Instant opening(LocalDate day) {
    // ZonedDateTime.of moves a time inside a daylight-saving gap forward, so opening hours always exist.
    return ZonedDateTime.of(day, opens, zone).toInstant();
  }

  private Instant closing(LocalDate day) {
    return closes.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay(zone).toInstant() : ZonedDateTime.of(day, closes, zone).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  public ZoneId zone() {
    return zone;
  }

  public Set<DayOfWeek> workingDays() {
    return EnumSet.copyOf(workingDays);
  }

  public LocalTime opens() {
    return opens;
  }

  public LocalTime closes() {
    return closes;
  }

  public Set<LocalDate> holidays() {
    return holidays;
  }
}
