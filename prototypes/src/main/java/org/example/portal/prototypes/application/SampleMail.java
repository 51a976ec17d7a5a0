package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Outbox outbox;
  @Inject PortalConfig config;

  /** Who an e-mail goes to, read as plain columns: as an entity, each account would also read its roles. */
  record Recipient(String email, String name, String language) {}

  /** Sends {@code key}.subject and {@code key}.body; the body's first parameter is the customer's name. */
  void send(long customerId, String key, String... params) {
    Account customer = accounts.get(customerId);
    send(new Recipient(customer.getEmail(), customer.getDisplayName(), customer.getLanguage()), key, params);
  }

  void send(Recipient customer, String key, String... params) {
    Locale locale = Locale.of(customer.language());
    Object[] withName = new Object[params.length + 1];
    withName[0] = customer.name();
    System.arraycopy(params, 0, withName, 1, params.length);
    outbox.enqueue(
        customer.email(),
        Translations.shared().get(locale, key + ".subject", (Object[]) params),
        Translations.shared().get(locale, key + ".body", withName));
  }

  /** The recipients of many customers' e-mails, by customer id, in one query. */
  Map<Long, Recipient> recipients(Collection<Long> customerIds) {
    Map<Long, Recipient> byId = new HashMap<>();
    if (customerIds.isEmpty()) {
      return byId;
    }
    em.createQuery("select a.id, a.email, a.displayName, a.language from Account a where a.id in :ids", Object[].class)
        .setParameter("ids", List.copyOf(customerIds))
        .getResultList()
        .forEach(a -> byId.put(((Number) a[0]).longValue(), new Recipient((String) a[1], (String) a[2], (String) a[3])));
    return byId;
  }

  String requestLink(long requestId) {
    return config.baseUrl().resolve("samples/requests/" + requestId).toString();
  }

  static String day(Instant at) {
    return DAY.format(at);
  }
}
