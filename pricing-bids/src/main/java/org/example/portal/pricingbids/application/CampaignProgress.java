package org.example.portal.pricingbids.application;

import java.util.Map;
import org.example.portal.pricingbids.domain.BidState;

/** A campaign's bids by state: how many bids and units are committed, still waiting, and so on. */
public record CampaignProgress(Map<BidState, long[]> byState) {

  public long bids(BidState state) {
    long[] row = byState.get(state);
    return row == null ? 0 : row[0];
  }

  public long units(BidState state) {
    long[] row = byState.get(state);
    return row == null ? 0 : row[1];
  }

  /** Units customers are bound to: committed while the campaign is open, accepted once it succeeded. */
  public long committedUnits() {
    return units(BidState.COMMITTED) + units(BidState.ACCEPTED);
  }
}
