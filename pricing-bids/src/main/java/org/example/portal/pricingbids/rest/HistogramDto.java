package org.example.portal.pricingbids.rest;

import java.util.List;
import org.example.portal.pricingbids.domain.DemandCurve;

/**
 * The anonymised spread of bid prices for a product: only bid counts per price range, and nothing at all
 * below {@link DemandCurve#MIN_BIDS_FOR_HISTOGRAM} bids ({@code available} false).
 */
public record HistogramDto(long productId, String currency, boolean available, int minimumBids, List<DemandCurve.Bucket> buckets) {}
