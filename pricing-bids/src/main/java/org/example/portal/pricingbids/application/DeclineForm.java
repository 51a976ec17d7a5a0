package org.example.portal.pricingbids.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.example.portal.pricingbids.domain.CounterBid;

/** Why the product team declines a bid; the customer reads it. */
public record DeclineForm(
    @NotBlank(message = "{bids.reason.required}") @Size(max = CounterBid.REASON_MAX_LENGTH, message = "{bids.reason.tooLong}")
        String reason) {}
