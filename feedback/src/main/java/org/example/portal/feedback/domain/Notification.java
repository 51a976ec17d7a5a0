package org.example.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a customer is told in the portal about an idea they submitted, voted for or follow. */
@Entity
@Table(name = "feedback_notification")
@NamedQuery(name = "Notification.ofCustomer", query = "select n from Notification n where n.customerId = :customerId order by n.createdAt desc, n.id desc")
@NamedQuery(name = "Notification.unread", query = "select count(n) from Notification n where n.customerId = :customerId and n.readAt is null")
@NamedQuery(name = "Notification.markRead", query = "update Notification n set n.readAt = :now where n.customerId = :customerId and n.readAt is null")
public class Notification {

  public static final int MESSAGE_MAX_LENGTH = 500;

  @Id
  @SequenceGenerator(name = "feedback_notification_seq", sequenceName = "feedback_notification_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_notification_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "idea_id", nullable = false)
  private long ideaId;

  @Column(nullable = false, length = MESSAGE_MAX_LENGTH)
  private String message;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(long customerId, long ideaId, String message, Instant createdAt) {
    this.customerId = customerId;
    this.ideaId = ideaId;
    this.message = message.length() > MESSAGE_MAX_LENGTH ? message.substring(0, MESSAGE_MAX_LENGTH - 1) + "…" : message;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public long getIdeaId() {
    return ideaId;
  }

  public String getMessage() {
    return message;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
