package org.example.portal.pricingbids.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A product's bid terms: requirement choices, an optional price floor and minimum quantity. */
public record TermsForm(
    @Price
        BigDecimal priceFloor,
    @Min(value = 1, message = "{bids.quantity.positive}") @Max(value = BidForm.MAX_QUANTITY, message = "{bids.quantity.tooMany}")
        Integer minQuantity,
    @Size(max = TermsForm.MAX_OPTIONS, message = "{bids.terms.tooManyOptions}") List<@NotNull @Valid ChoiceForm> options) {

  public static final int MAX_OPTIONS = 100;

  public List<ChoiceForm> optionsOrEmpty() {
    return options == null ? List.of() : options;
  }
}
