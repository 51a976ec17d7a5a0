package org.example.portal.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.example.portal.core.config.PortalConfig;

/**
 * Queues e-mail. Joins the caller's transaction, so a message exists exactly when the change that caused
 * it was committed; {@link MailRelay} delivers it afterwards.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext EntityManager em;

  @Inject PortalConfig config;

  Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.MANDATORY)
  public OutboxMessage enqueue(String recipient, String subject, String body) {
    return enqueue(recipient, subject, body, null);
  }

  /** Queues a message of a conversation (see {@link #thread}); {@code thread} may be null. */
  @Transactional(Transactional.TxType.MANDATORY)
  public OutboxMessage enqueue(String recipient, String subject, String body, MailThread thread) {
    OutboxMessage message = new OutboxMessage(recipient, subject, body, thread, Instant.now(clock));
    em.persist(message);
    return message;
  }

  /**
   * A new message of the conversation {@code conversation} (such as {@code ticket-42}): a unique, unguessable
   * Message-ID, answering the conversation's fixed root id {@code <ticket-42@domain>}, so mail programs show the
   * conversation's messages as one thread. The domain is the sender address's.
   */
  public MailThread thread(String conversation) {
    return thread(conversation, config.get("portal.mail.from", "portal@localhost"));
  }

  static MailThread thread(String conversation, String senderAddress) {
    if (!conversation.matches("[A-Za-z0-9.-]{1,100}")) {
      throw new IllegalArgumentException("A conversation is letters, digits, dots and dashes: " + conversation);
    }
    String domain = senderAddress.substring(senderAddress.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "").toLowerCase(Locale.ROOT);
    if (domain.isEmpty()) {
      domain = "localhost";
    }
    return new MailThread("<" + conversation + "." + UUID.randomUUID() + "@" + domain + ">", "<" + conversation + "@" + domain + ">");
  }
}
