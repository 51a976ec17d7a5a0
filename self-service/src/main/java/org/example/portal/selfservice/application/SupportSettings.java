package org.example.portal.selfservice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.example.portal.core.config.PortalConfig;
import org.example.portal.selfservice.domain.AttachmentPolicy;
import org.example.portal.selfservice.domain.BusinessCalendar;

/**
 * Support's settings: the business-hours calendar service levels count in ({@code portal.support.zone},
 * {@code portal.support.hours}, {@code portal.support.holidays}), how long a solved ticket can be reopened
 * ({@code portal.support.reopen-days}) and the attachment size limit ({@code portal.support.attachment-max-mb}).
 */
@ApplicationScoped
public class SupportSettings {

  public static final String DEFAULT_HOURS = "MON-FRI 09:00-17:00";

  @Inject PortalConfig config;

  private volatile BusinessCalendar calendar;

  public BusinessCalendar calendar() {
    BusinessCalendar c = calendar;
    if (c == null) {
      c = BusinessCalendar.parse(config.get("portal.support.zone", "UTC"), config.get("portal.support.hours", DEFAULT_HOURS), config.get("portal.support.holidays", ""));
      calendar = c;
    }
    return c;
  }

  public Duration reopenWithin() {
    return Duration.ofDays(config.getInt("portal.support.reopen-days", 7));
  }

  public AttachmentPolicy attachments() {
    return new AttachmentPolicy(config.getInt("portal.support.attachment-max-mb", 10) * 1024L * 1024L);
  }
}
