package org.example.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's vote for an idea, weighted by their tier when they voted. One per customer and idea. */
@Entity
@Table(name = "feedback_vote")
@IdClass(IdeaCustomerKey.class)
@NamedQuery(name = "Vote.ofIdea", query = "select v from Vote v where v.ideaId = :ideaId")
@NamedQuery(name = "Vote.votedAmong", query = "select v.ideaId from Vote v where v.customerId = :customerId and v.ideaId in :ideaIds")
public class Vote {

  @Id
  @Column(name = "idea_id")
  private long ideaId;

  @Id
  @Column(name = "customer_id")
  private long customerId;

  @Column(nullable = false)
  private int weight;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Vote() {}

  public Vote(long ideaId, long customerId, int weight, Instant createdAt) {
    this.ideaId = ideaId;
    this.customerId = customerId;
    this.weight = weight;
    this.createdAt = createdAt;
  }

  public long getIdeaId() {
    return ideaId;
  }

  public long getCustomerId() {
    return customerId;
  }

  public int getWeight() {
    return weight;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
