package org.example.portal.selfservice.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import org.example.portal.core.account.domain.Tier;

/** Tickets for unit tests, with the id the database would give them. */
final class Tickets {

  static final long CUSTOMER = 7;
  static final long AGENT = 9;
  static final SlaTargets TARGETS = SlaTargets.ofMinutes(60, 480);

  private Tickets() {}

  static Ticket open(BusinessCalendar calendar, Instant now) {
    return withId(new Ticket(CUSTOMER, Tier.STANDARD, 3L, "Printer prints blank pages", "Since the update every page is blank.", Priority.NORMAL, Channel.WEB, TARGETS, calendar, now), 1042);
  }

  static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
