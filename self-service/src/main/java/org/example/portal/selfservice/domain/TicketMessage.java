package org.example.portal.selfservice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message on a ticket: a public reply (from the customer or staff) or a staff-only internal note. */
@Entity
@Table(name = "selfservice_message")
public class TicketMessage {

  public static final int BODY_MAX_LENGTH = 20000;

  @Id
  @SequenceGenerator(name = "selfservice_message_seq", sequenceName = "selfservice_message_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selfservice_message_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  /** Null for messages the portal writes itself. */
  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "from_staff", nullable = false)
  private boolean fromStaff;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Visibility visibility;

  @Column(nullable = false, length = BODY_MAX_LENGTH)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Channel channel;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TicketMessage() {}

  TicketMessage(Ticket ticket, Long authorId, boolean fromStaff, Visibility visibility, String body, Channel channel, Instant createdAt) {
    this.ticket = ticket;
    this.authorId = authorId;
    this.fromStaff = fromStaff;
    this.visibility = visibility;
    this.body = body;
    this.channel = channel;
    this.createdAt = createdAt;
  }

  public boolean isInternal() {
    return visibility == Visibility.INTERNAL;
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public boolean isFromStaff() {
    return fromStaff;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public String getBody() {
    return body;
  }

  public Channel getChannel() {
    return channel;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
