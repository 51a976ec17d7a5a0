package org.example.portal.selfservice.application;

import org.example.portal.selfservice.domain.BusinessCalendar;

/**
 * Support's business hours as text: a time zone such as {@code Europe/Berlin}, days and hours such as
 * {@code MON-FRI 09:00-17:00}, and holidays as dates ({@code 2026-12-25}) separated by commas (see
 * {@link BusinessCalendar#parse}, which says what is wrong with each field).
 */
public record BusinessHoursForm(String zone, String hours, String holidays) {

  /** The calendar these hours describe; refuses, naming the field, what cannot be read. */
  public BusinessCalendar calendar() {
    return BusinessCalendar.parse(zone == null ? "" : zone, hours == null ? "" : hours, holidays);
  }
}
