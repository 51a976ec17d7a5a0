package org.example.portal.pricingbids.domain;

/** Where a bid stands. Only {@link #OPEN} and {@link #COUNTERED} bids can still change. */
public enum BidState {
  /** Waiting for the product team. */
  OPEN,
  /** The product team proposed other terms; waiting for the customer. */
  COUNTERED,
  /**
   * The customer took a campaign's counteroffer: they are bound to it until the campaign's deadline, when it
   * becomes {@link #ACCEPTED} if enough units were committed, or {@link #RELEASED} if not.
   */
  COMMITTED,
  /** Agreed, at the customer's price or at the counteroffer's: an order. */
  ACCEPTED,
  /** The campaign it was committed to did not reach its minimum; nobody is bound any more. */
  RELEASED,
  /** Declined by the product team, with a reason. */
  DECLINED,
  /** The customer declined the counteroffer. */
  COUNTER_DECLINED,
  WITHDRAWN,
  EXPIRED;

  public boolean isOpen() {
    return this == OPEN || this == COUNTERED;
  }

  /** Open, committed and accepted bids are demand; withdrawn, expired, declined and released ones are not. */
  public boolean countsAsDemand() {
    return isOpen() || this == COMMITTED || this == ACCEPTED;
  }
}
