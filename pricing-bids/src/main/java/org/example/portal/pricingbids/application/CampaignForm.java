package org.example.portal.pricingbids.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.example.portal.pricingbids.domain.CounterBid;

/**
 * "We can build these requirements at this price if at least this many units are committed within this many
 * days", sent as a counteroffer to each of the chosen open bids of one product.
 */
public record CampaignForm(
    @NotEmpty(message = "{bids.campaign.bids.required}") @Size(max = CampaignForm.MAX_BIDS, message = "{bids.campaign.bids.tooMany}")
        List<@NotNull Long> bidIds,
    @NotNull(message = "{bids.price.required}")
        @Price
        BigDecimal unitPrice,
    @NotNull(message = "{bids.campaign.minUnits.required}")
        @Min(value = 1, message = "{bids.quantity.positive}")
        @Max(value = CampaignForm.MAX_UNITS, message = "{bids.quantity.tooMany}")
        Long minUnits,
    @Min(value = 1, message = "{bids.openDays.range}") @Max(value = BidForm.MAX_OPEN_DAYS, message = "{bids.openDays.range}")
        Integer openDays,
    @Size(max = CounterBid.REQUIREMENTS_MAX_LENGTH, message = "{bids.requirements.tooLong}") String requirements,
    @Size(max = BidForm.MAX_CHOICES, message = "{bids.options.tooMany}") List<@NotNull @Valid ChoiceForm> options,
    @Size(max = CounterBid.MESSAGE_MAX_LENGTH, message = "{bids.message.tooLong}") String message) {

  public static final int MAX_BIDS = 20_000;
  public static final long MAX_UNITS = 1_000_000_000L;
  public static final int DEFAULT_OPEN_DAYS = 14;

  public List<ChoiceForm> optionsOrEmpty() {
    return options == null ? List.of() : options;
  }
}
