package org.example.portal.pricingbids.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.example.portal.pricingbids.domain.CounterBid;

/**
 * The product team's counteroffer: another unit price and, optionally, another quantity and requirement set,
 * open for a number of days.
 */
public record CounterForm(
    @NotNull(message = "{bids.price.required}")
        @Price
        BigDecimal unitPrice,
    @Min(value = 1, message = "{bids.quantity.positive}") @Max(value = BidForm.MAX_QUANTITY, message = "{bids.quantity.tooMany}")
        Integer quantity,
    @Size(max = CounterBid.REQUIREMENTS_MAX_LENGTH, message = "{bids.requirements.tooLong}") String requirements,
    @Size(max = BidForm.MAX_CHOICES, message = "{bids.options.tooMany}") List<@NotNull @Valid ChoiceForm> options,
    @Size(max = CounterBid.MESSAGE_MAX_LENGTH, message = "{bids.message.tooLong}") String message,
    @Min(value = 1, message = "{bids.openDays.range}") @Max(value = BidForm.MAX_OPEN_DAYS, message = "{bids.openDays.range}")
        Integer openDays) {

  public static final int DEFAULT_OPEN_DAYS = 7;

  public List<ChoiceForm> optionsOrEmpty() {
    return options == null ? List.of() : options;
  }
}
