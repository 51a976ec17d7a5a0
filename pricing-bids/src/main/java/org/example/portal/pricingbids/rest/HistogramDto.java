package org.example.portal.pricingbids.rest;

import java.util.List;
import org.example.portal.pricingbids.application.DemandAnalysis;
import org.example.portal.pricingbids.domain.DemandCurve;

/**
 * The anonymised spread of bid prices for a product or an idea: only bid counts per round price range, and
 * nothing at all below {@link DemandCurve#MIN_BIDS_FOR_HISTOGRAM} bids ({@code available} false).
 *
 * @param productId the product, or null for an idea
 * @param ideaId the idea, or null for a product
 */
public record HistogramDto(Long productId, Long ideaId, String currency, boolean available, int minimumBids, List<DemandCurve.Bucket> buckets) {

  static HistogramDto of(DemandAnalysis.Report report) {
    List<DemandCurve.Bucket> buckets = DemandAnalysis.priceRanges(report);
    return new HistogramDto(report.productId(), report.ideaId(), report.currency(), !buckets.isEmpty(), DemandCurve.MIN_BIDS_FOR_HISTOGRAM, buckets);
  }
}
