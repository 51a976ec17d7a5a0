package org.example.portal.selfservice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.example.portal.core.error.InvalidInputException;

/**
 * The business hours an admin set in the portal, in the configuration's text forms (see
 * {@link BusinessCalendar#parse}); there is at most one row. Only a calendar that parses is ever stored.
 */
@Entity
@Table(name = "selfservice_business_hours")
public class BusinessHours {

  public static final int THE_ONLY_ID = 1;
  public static final int HOLIDAYS_MAX_LENGTH = 4000;

  @Id private int id = THE_ONLY_ID;

  @Column(nullable = false, length = 64)
  private String zone;

  @Column(nullable = false, length = 200)
  private String hours;

  @Column(nullable = false, length = HOLIDAYS_MAX_LENGTH)
  private String holidays;

  @Version private long version;

  protected BusinessHours() {}

  public BusinessHours(String zone, String hours, String holidays) {
    change(zone, hours, holidays);
  }

  /** Replaces the hours; refuses (naming the field) what {@link BusinessCalendar#parse} cannot read. */
  public BusinessCalendar change(String zone, String hours, String holidays) {
    String z = zone == null ? "" : zone.strip();
    String h = hours == null ? "" : hours.strip();
    String d = holidays == null ? "" : holidays.strip();
    if (z.length() > 64) {
      throw new InvalidInputException("zone", "Unknown time zone '" + z + "'.");
    }
    if (h.length() > 200) {
      throw new InvalidInputException("hours", "Write support hours as days and times, e.g. MON-FRI 09:00-17:00.");
    }
    if (d.length() > HOLIDAYS_MAX_LENGTH) {
      throw new InvalidInputException("holidays", "At most " + HOLIDAYS_MAX_LENGTH + " characters of holidays.");
    }
    BusinessCalendar calendar = BusinessCalendar.parse(z, h, d);
    this.zone = z;
    this.hours = h;
    this.holidays = d;
    return calendar;
  }

  public BusinessCalendar calendar() {
    return BusinessCalendar.parse(zone, hours, holidays);
  }

  public String getZone() {
    return zone;
  }

  public String getHours() {
    return hours;
  }

  public String getHolidays() {
    return holidays;
  }
}
