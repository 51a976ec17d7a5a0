package org.example.portal.prototypes.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a sample request stands: applied → approved or declined → shipped → delivered → feedback due →
 * feedback received, or overdue when a round's due date passes without it.
 */
public enum RequestState {
  /** Waiting for the product team (or for a unit to become free). */
  APPLIED,
  /** A unit is reserved for the customer; waiting to be shipped. */
  APPROVED,
  /** Not given a sample, with a reason. */
  DECLINED,
  /** On its way, with carrier and tracking number. */
  SHIPPED,
  /** Arrived; the current feedback round is open and its due date set. */
  DELIVERED,
  /** The current round's due date is near (or a second round opened): the customer has been reminded. */
  FEEDBACK_DUE,
  /** The due date passed without the feedback: the customer is in feedback debt until they give it. */
  OVERDUE,
  /** Every round's feedback was given. */
  FEEDBACK_RECEIVED;

  /** States in which the customer owes feedback for the current round. */
  public static final Set<RequestState> AWAITING_FEEDBACK = EnumSet.of(DELIVERED, FEEDBACK_DUE, OVERDUE);

  /** States that hold one of the program's units. */
  public static final Set<RequestState> HOLDS_A_UNIT = EnumSet.of(APPROVED, SHIPPED, DELIVERED, FEEDBACK_DUE, OVERDUE, FEEDBACK_RECEIVED);

  public boolean awaitsFeedback() {
    return AWAITING_FEEDBACK.contains(this);
  }

  public boolean isFinal() {
    return this == DECLINED || this == FEEDBACK_RECEIVED;
  }
}
