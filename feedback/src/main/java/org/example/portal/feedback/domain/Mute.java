package org.example.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A customer no longer wants e-mails about one idea; they are still told in the portal. */
@Entity
@Table(name = "feedback_mute")
@IdClass(IdeaCustomerKey.class)
public class Mute {

  @Id
  @Column(name = "idea_id")
  private long ideaId;

  @Id
  @Column(name = "customer_id")
  private long customerId;

  protected Mute() {}

  public Mute(long ideaId, long customerId) {
    this.ideaId = ideaId;
    this.customerId = customerId;
  }
}
