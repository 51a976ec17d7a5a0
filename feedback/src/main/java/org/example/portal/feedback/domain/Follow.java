package org.example.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer follows an idea: they are told when its status changes or it gets an official response. */
@Entity
@Table(name = "feedback_follow")
@IdClass(IdeaCustomerKey.class)
public class Follow {

  @Id
  @Column(name = "idea_id")
  private long ideaId;

  @Id
  @Column(name = "customer_id")
  private long customerId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Follow() {}

  public Follow(long ideaId, long customerId, Instant createdAt) {
    this.ideaId = ideaId;
    this.customerId = customerId;
    this.createdAt = createdAt;
  }

  public long getIdeaId() {
    return ideaId;
  }

  public long getCustomerId() {
    return customerId;
  }
}
