package org.example.portal.pricingbids.domain;

/** Where a bid stands. Only {@link #OPEN} and {@link #COUNTERED} bids can still change. */
public enum BidState {
  /** Waiting for the product team. */
  OPEN,
  /** The product team proposed other terms; waiting for the customer. */
  COUNTERED,
  /** Agreed, at the customer's price or at the counteroffer's: an order. */
  ACCEPTED,
  /** Declined by the product team, with a reason. */
  DECLINED,
  /** The customer declined the counteroffer. */
  COUNTER_DECLINED,
  WITHDRAWN,
  EXPIRED;

  public boolean isOpen() {
    return this == OPEN || this == COUNTERED;
  }

  /** Open and accepted bids are demand; withdrawn, expired and declined ones are not. */
  public boolean countsAsDemand() {
    return isOpen() || this == ACCEPTED;
  }
}
