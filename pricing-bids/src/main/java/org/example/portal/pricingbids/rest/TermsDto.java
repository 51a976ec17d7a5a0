package org.example.portal.pricingbids.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.example.portal.pricingbids.domain.BidTerms;

/**
 * A product's bid terms. {@code groups} maps each requirement group to its choices, in the product team's
 * order. The price floor is shown to staff only.
 */
public record TermsDto(long productId, BigDecimal priceFloor, Integer minQuantity, Map<String, List<String>> groups) {

  static TermsDto of(BidTerms t, boolean staff) {
    return new TermsDto(t.getProductId(), staff ? t.getPriceFloor() : null, t.getMinQuantity(), t.groups());
  }
}
