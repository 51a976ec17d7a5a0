package org.example.portal.selfservice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.example.portal.core.config.PortalConfig;
import org.example.portal.selfservice.domain.AttachmentPolicy;
import org.example.portal.selfservice.domain.BusinessCalendar;
import org.example.portal.selfservice.domain.BusinessHours;

/**
 * Support's settings: the business-hours calendar service levels count in (set by an admin in the portal, or
 * else configured as {@code portal.support.zone}, {@code portal.support.hours}, {@code portal.support.holidays}),
 * how long a solved ticket can be reopened ({@code portal.support.reopen-days}) and the attachment size limit
 * ({@code portal.support.attachment-max-mb}).
 */
@ApplicationScoped
public class SupportSettings {

  public static final String DEFAULT_HOURS = "MON-FRI 09:00-17:00";

  /** How long a server keeps the calendar before reading it again, so another server's change reaches it. */
  private static final long CALENDAR_TTL_NANOS = Duration.ofSeconds(30).toNanos();

  @Inject PortalConfig config;

  @PersistenceContext EntityManager em;

  private record Cached(BusinessCalendar calendar, long at) {}

  private volatile Cached calendar;

  @Transactional(Transactional.TxType.SUPPORTS)
  public BusinessCalendar calendar() {
    Cached c = calendar;
    if (c == null || System.nanoTime() - c.at() > CALENDAR_TTL_NANOS) {
      c = new Cached(hours().calendar(), System.nanoTime());
      calendar = c;
    }
    return c.calendar();
  }

  /** The business hours in effect, as text: the admin's, or the configured ones. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public BusinessHoursForm hours() {
    BusinessHours stored = em.find(BusinessHours.class, BusinessHours.THE_ONLY_ID);
    return stored != null
        ? new BusinessHoursForm(stored.getZone(), stored.getHours(), stored.getHolidays())
        : new BusinessHoursForm(config.get("portal.support.zone", "UTC"), config.get("portal.support.hours", DEFAULT_HOURS), config.get("portal.support.holidays", ""));
  }

  /**
   * Sets the business hours. Due times of tickets already open stay as they were computed; new tickets, replies
   * and status changes count in the new hours.
   */
  @Transactional
  public BusinessHoursForm defineHours(@NotNull @Valid BusinessHoursForm form) {
    BusinessHours stored = em.find(BusinessHours.class, BusinessHours.THE_ONLY_ID);
    if (stored == null) {
      em.persist(new BusinessHours(form.zone(), form.hours(), form.holidays()));
    } else {
      stored.change(form.zone(), form.hours(), form.holidays());
    }
    em.flush();
    calendar = null;
    return hours();
  }

  public Duration reopenWithin() {
    return Duration.ofDays(config.getInt("portal.support.reopen-days", 7));
  }

  public AttachmentPolicy attachments() {
    return new AttachmentPolicy(config.getInt("portal.support.attachment-max-mb", 10) * 1024L * 1024L);
  }
}
