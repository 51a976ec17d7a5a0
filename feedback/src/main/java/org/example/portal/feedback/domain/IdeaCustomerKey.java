package org.example.portal.feedback.domain;

import java.io.Serializable;
import java.util.Objects;

/** The key of what a customer has at most one of per idea: a vote, a follow, a mute. */
public class IdeaCustomerKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private long ideaId;
  private long customerId;

  public IdeaCustomerKey() {}

  public IdeaCustomerKey(long ideaId, long customerId) {
    this.ideaId = ideaId;
    this.customerId = customerId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdeaCustomerKey k && k.ideaId == ideaId && k.customerId == customerId;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ideaId, customerId);
  }
}
