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
 * What a customer offers on a product or on an idea (exactly one of {@code productId} and {@code ideaId}):
 * requirements, a unit price in the product's currency (for an idea, the portal's bid currency), a quantity
 * and how long it stays open.
 */
public record BidForm(
    Long productId,
    Long ideaId,
    @Size(max = BidForm.MAX_CHOICES, message = "{bids.options.tooMany}") List<@NotNull @Valid ChoiceForm> options,
    @Size(max = CounterBid.REQUIREMENTS_MAX_LENGTH, message = "{bids.requirements.tooLong}") String requirements,
    @NotNull(message = "{bids.price.required}")
        @Price
        BigDecimal unitPrice,
    @NotNull(message = "{bids.quantity.required}")
        @Min(value = 1, message = "{bids.quantity.positive}")
        @Max(value = BidForm.MAX_QUANTITY, message = "{bids.quantity.tooMany}")
        Integer quantity,
    @Min(value = 1, message = "{bids.openDays.range}") @Max(value = BidForm.MAX_OPEN_DAYS, message = "{bids.openDays.range}")
        Integer openDays) {

  public static final int MAX_CHOICES = 20;
  public static final int MAX_QUANTITY = 1_000_000;
  public static final int DEFAULT_OPEN_DAYS = 30;
  public static final int MAX_OPEN_DAYS = 90;

  public List<ChoiceForm> optionsOrEmpty() {
    return options == null ? List.of() : options;
  }
}
