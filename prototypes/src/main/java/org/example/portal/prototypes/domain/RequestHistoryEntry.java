package org.example.portal.prototypes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One state change of a sample request: who made it, when, and a note. Never changed once written. */
@Entity
@Table(name = "samples_history")
public class RequestHistoryEntry {

  @Id
  @SequenceGenerator(name = "samples_history_seq", sequenceName = "samples_history_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "samples_history_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private SampleRequest request;

  @Column(nullable = false)
  private Instant at;

  /** Null when the portal made the change itself, as when feedback becomes overdue. */
  @Column(name = "actor_id")
  private Long actorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 20)
  private RequestState from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 20)
  private RequestState to;

  @Column(length = 500)
  private String note;

  protected RequestHistoryEntry() {}

  RequestHistoryEntry(SampleRequest request, Instant at, Long actorId, RequestState from, RequestState to, String note) {
    this.request = request;
    this.at = at;
    this.actorId = actorId;
    this.from = from;
    this.to = to;
    this.note = note;
  }

  public Instant getAt() {
    return at;
  }

  public Long getActorId() {
    return actorId;
  }

  public RequestState getFrom() {
    return from;
  }

  public RequestState getTo() {
    return to;
  }

  public String getNote() {
    return note;
  }
}
