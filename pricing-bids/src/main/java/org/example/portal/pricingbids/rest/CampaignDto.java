package org.example.portal.pricingbids.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.example.portal.pricingbids.application.CampaignProgress;
import org.example.portal.pricingbids.application.ChoiceForm;
import org.example.portal.pricingbids.domain.BidState;
import org.example.portal.pricingbids.domain.Campaign;

/**
 * A campaign over the bids on a product ({@code productId}) or an idea ({@code ideaId}), with its progress:
 * units committed so far against the minimum, and how many of its bids are still waiting for their
 * customer's answer.
 */
public record CampaignDto(
    long id,
    Long productId,
    Long ideaId,
    BigDecimal unitPrice,
    long minUnits,
    Instant deadline,
    String requirements,
    List<ChoiceForm> options,
    String message,
    Campaign.State state,
    long committedUnits,
    long committedBids,
    long waitingBids,
    Instant closedAt) {

  static CampaignDto of(Campaign c, CampaignProgress progress) {
    return new CampaignDto(
        c.getId(), c.getProductId(), c.getIdeaId(), c.getUnitPrice(), c.getMinUnits(), c.getDeadline(), c.getRequirements(),
        BidDto.choices(c.getOptions()), c.getMessage(), c.getState(), progress.committedUnits(),
        progress.bids(BidState.COMMITTED) + progress.bids(BidState.ACCEPTED), progress.bids(BidState.COUNTERED), c.getClosedAt());
  }
}
