package org.example.portal.selfservice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An e-mail the portal has taken in or sent about a ticket, by its Message-ID: the key that makes import
 * idempotent (a message is never taken twice, and the portal's own mail coming back is not taken at all) and lets
 * replies find their ticket through In-Reply-To and References.
 */
@Entity
@Table(name = "selfservice_mail_receipt")
@NamedQuery(name = "MailReceipt.ticketOf", query = "select r.ticketId from MailReceipt r where r.messageId in :ids")
public class MailReceipt {

  public static final int MESSAGE_ID_MAX_LENGTH = 500;

  @Id
  @Column(name = "message_id", length = MESSAGE_ID_MAX_LENGTH)
  private String messageId;

  @Column(name = "ticket_id", nullable = false)
  private long ticketId;

  /** Whether the message opened the ticket (or was a reply to it, or a notification the portal sent). */
  @Column(name = "opened", nullable = false)
  private boolean opened;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected MailReceipt() {}

  public MailReceipt(String messageId, long ticketId, boolean opened, Instant receivedAt) {
    this.messageId = messageId;
    this.ticketId = ticketId;
    this.opened = opened;
    this.receivedAt = receivedAt;
  }

  public String getMessageId() {
    return messageId;
  }

  public long getTicketId() {
    return ticketId;
  }

  public boolean isOpened() {
    return opened;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
