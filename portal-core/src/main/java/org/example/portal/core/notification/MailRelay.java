package org.example.portal.core.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox messages every few seconds. Each message is sent and marked in its own
 * transaction, so one bad address never holds back the others, and a crash between sending and marking
 * at worst sends one message twice, never loses it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailRelay {

  private static final Logger LOG = Logger.getLogger(MailRelay.class.getName());
  private static final int BATCH = 50;

  @PersistenceContext EntityManager em;

  @Inject MailTransport transport;

  @Resource SessionContext context;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void deliverDue() {
    // Timer ticks can overlap with a slow SMTP server; one delivery round at a time is enough.
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      List<Long> due =
          em.createNamedQuery("OutboxMessage.due", OutboxMessage.class)
              .setParameter("status", OutboxMessage.Status.PENDING)
              .setParameter("now", Instant.now())
              .setMaxResults(BATCH)
              .getResultStream()
              .map(OutboxMessage::getId)
              .toList();
      due.forEach(this::deliverOne);
    } finally {
      running.set(false);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deliver(long id) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    if (message == null || message.getStatus() != OutboxMessage.Status.PENDING) {
      return;
    }
    try {
      transport.send(message);
      message.sent(Instant.now());
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Sending e-mail " + id + " to " + message.getRecipient() + " failed", e);
      message.failed(e.getMessage(), Instant.now());
    }
  }

  private void deliverOne(long id) {
    try {
      // Through the container proxy, so REQUIRES_NEW applies.
      self().deliver(id);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record the delivery of e-mail " + id, e);
    }
  }

  private MailRelay self() {
    return context.getBusinessObject(MailRelay.class);
  }
}
