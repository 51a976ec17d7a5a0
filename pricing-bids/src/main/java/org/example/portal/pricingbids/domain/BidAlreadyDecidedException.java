package org.example.portal.pricingbids.domain;

import org.example.portal.core.error.ConflictException;

/** The bid is no longer in a state that allows the requested change, for example it was accepted meanwhile. */
public class BidAlreadyDecidedException extends ConflictException {

  private final Long bidId;

  public BidAlreadyDecidedException(Long bidId, BidState state, String attempted) {
    super("state", (bidId == null ? "This bid" : "Bid " + bidId) + " is " + describe(state) + ", so it can no longer be " + attempted + ".");
    this.bidId = bidId;
  }

  public Long bidId() {
    return bidId;
  }

  static String describe(BidState state) {
    return switch (state) {
      case OPEN -> "open";
      case COUNTERED -> "waiting for an answer to a counteroffer";
      case COMMITTED -> "committed to a campaign until its deadline";
      case ACCEPTED -> "already accepted";
      case RELEASED -> "released because its campaign did not reach its minimum";
      case DECLINED -> "already declined";
      case COUNTER_DECLINED -> "closed because the counteroffer was declined";
      case WITHDRAWN -> "withdrawn";
      case EXPIRED -> "expired";
    };
  }
}
