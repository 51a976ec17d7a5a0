package org.example.portal.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Queues e-mail. Joins the caller's transaction, so a message exists exactly when the change that caused
 * it was committed; {@link MailRelay} delivers it afterwards.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.MANDATORY)
  public OutboxMessage enqueue(String recipient, String subject, String body) {
    OutboxMessage message = new OutboxMessage(recipient, subject, body, Instant.now(clock));
    em.persist(message);
    return message;
  }
}
