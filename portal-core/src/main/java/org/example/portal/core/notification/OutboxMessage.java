package org.example.portal.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** An e-mail waiting in the outbox, written in the same transaction as the change that caused it. */
@Entity
@Table(name = "core_outbox")
@NamedQuery(
    name = "OutboxMessage.due",
    query = "select m from OutboxMessage m where m.status = :status and m.nextAttemptAt <= :now order by m.id")
public class OutboxMessage {

  public static final int SUBJECT_MAX_LENGTH = 200;
  public static final int BODY_MAX_LENGTH = 20000;
  /** After this many failed attempts a message is given up and stays FAILED for an admin to look at. */
  public static final int MAX_ATTEMPTS = 8;

  /** Where a message is in its delivery. */
  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  @Id
  @SequenceGenerator(name = "core_outbox_seq", sequenceName = "core_outbox_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_outbox_seq")
  private Long id;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false, length = SUBJECT_MAX_LENGTH)
  private String subject;

  @Column(nullable = false, length = BODY_MAX_LENGTH)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  /** The Message-ID to send with (angle brackets included); null lets the mail library make one up. */
  @Column(name = "message_id", length = MailThread.ID_MAX_LENGTH)
  private String messageId;

  /** The Message-ID this message answers, sent as In-Reply-To and References; null for none. */
  @Column(name = "in_reply_to", length = MailThread.ID_MAX_LENGTH)
  private String inReplyTo;

  protected OutboxMessage() {}

  public OutboxMessage(String recipient, String subject, String body, Instant now) {
    this(recipient, subject, body, null, now);
  }

  public OutboxMessage(String recipient, String subject, String body, MailThread thread, Instant now) {
    this.recipient = recipient;
    this.subject = truncate(subject, SUBJECT_MAX_LENGTH);
    this.body = truncate(body, BODY_MAX_LENGTH);
    this.createdAt = now;
    this.nextAttemptAt = now;
    if (thread != null) {
      this.messageId = thread.messageId();
      this.inReplyTo = thread.inReplyTo();
    }
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public void sent(Instant now) {
    status = Status.SENT;
    attempts++;
    sentAt = now;
    lastError = null;
  }

  /** Backs off exponentially (30 s, 1 min, 2 min, ...) and gives up after {@link #MAX_ATTEMPTS}. */
  public void failed(String error, Instant now) {
    attempts++;
    lastError = error == null ? "unknown error" : truncate(error, 1000);
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
    } else {
      nextAttemptAt = now.plus(Duration.ofSeconds(30L << (attempts - 1)));
    }
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getInReplyTo() {
    return inReplyTo;
  }
}
