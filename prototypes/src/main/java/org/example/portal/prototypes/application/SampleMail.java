package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.config.PortalConfig;
import org.example.portal.core.i18n.Translations;
import org.example.portal.core.notification.Outbox;

/** Queues the e-mails of the samples module in the customer's language, inside the caller's transaction. */
@ApplicationScoped
public class SampleMail {

  /** Dates in e-mails: the same day for every reader, wherever they are. */
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  @Inject Accounts accounts;
  @Inject Outbox outbox;
  @Inject PortalConfig config;

  /** Sends {@code key}.subject and {@code key}.body; the body's first parameter is the customer's name. */
  void send(long customerId, String key, String... params) {
    Account customer = accounts.get(customerId);
    Locale locale = Locale.of(customer.getLanguage());
    Object[] withName = new Object[params.length + 1];
    withName[0] = customer.getDisplayName();
    System.arraycopy(params, 0, withName, 1, params.length);
    outbox.enqueue(
        customer.getEmail(),
        Translations.shared().get(locale, key + ".subject", (Object[]) params),
        Translations.shared().get(locale, key + ".body", withName));
  }

  String requestLink(long requestId) {
    return config.baseUrl().resolve("samples/requests/" + requestId).toString();
  }

  static String day(Instant at) {
    return DAY.format(at);
  }
}
