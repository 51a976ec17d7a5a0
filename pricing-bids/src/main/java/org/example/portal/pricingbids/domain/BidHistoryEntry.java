package org.example.portal.pricingbids.domain;

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

/** One state change of a bid: who made it, when, and why. Never changed once written. */
@Entity
@Table(name = "bids_history")
public class BidHistoryEntry {

  @Id
  @SequenceGenerator(name = "bids_history_seq", sequenceName = "bids_history_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bids_history_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "bid_id")
  private CounterBid bid;

  @Column(nullable = false)
  private Instant at;

  /** Null when the portal made the change itself, as with an expiry. */
  @Column(name = "actor_id")
  private Long actorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 20)
  private BidState from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 20)
  private BidState to;

  @Column(length = 1000)
  private String note;

  protected BidHistoryEntry() {}

  BidHistoryEntry(CounterBid bid, Instant at, Long actorId, BidState from, BidState to, String note) {
    this.bid = bid;
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

  public BidState getFrom() {
    return from;
  }

  public BidState getTo() {
    return to;
  }

  public String getNote() {
    return note;
  }
}
