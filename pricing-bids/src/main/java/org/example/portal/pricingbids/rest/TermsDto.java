package org.example.portal.pricingbids.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.example.portal.pricingbids.domain.BidTerms;
import org.example.portal.pricingbids.domain.IdeaTerms;
import org.example.portal.pricingbids.domain.ProductTerms;

/**
 * The bid terms of a product ({@code productId}) or an idea ({@code ideaId}). {@code groups} maps each
 * requirement group to its choices, in the product team's order. The price floor is shown to staff only.
 */
public record TermsDto(Long productId, Long ideaId, BigDecimal priceFloor, Integer minQuantity, Map<String, List<String>> groups) {

  static TermsDto of(BidTerms t, boolean staff) {
    Long productId = t instanceof ProductTerms p ? p.getProductId() : null;
    Long ideaId = t instanceof IdeaTerms i ? i.getIdeaId() : null;
    return new TermsDto(productId, ideaId, staff ? t.getPriceFloor() : null, t.getMinQuantity(), t.groups());
  }
}
