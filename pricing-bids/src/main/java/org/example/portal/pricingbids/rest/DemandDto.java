package org.example.portal.pricingbids.rest;

import java.math.BigDecimal;
import java.util.List;
import org.example.portal.pricingbids.application.ChoiceForm;
import org.example.portal.pricingbids.application.DemandAnalysis;
import org.example.portal.pricingbids.domain.DemandCurve;

/**
 * The demand analysis of a product or an idea on the wire ({@code productId} or {@code ideaId} is set; {@code name}
 * is the product's name or the idea's title): the curve from the highest price down, the best price, and shares.
 */
public record DemandDto(
    Long productId,
    Long ideaId,
    String name,
    String currency,
    int bids,
    long units,
    List<DemandCurve.Point> curve,
    DemandCurve.Point revenueMaximum,
    List<OptionShareDto> options,
    List<DemandCurve.TierShare> tiers) {

  public record OptionShareDto(ChoiceForm option, long units, int bids, BigDecimal share) {}

  static DemandDto of(DemandAnalysis.Report report) {
    DemandCurve curve = report.curve();
    return new DemandDto(
        report.productId(),
        report.ideaId(),
        report.name(),
        report.currency(),
        curve.bids(),
        curve.totalUnits(),
        curve.points(),
        curve.revenueMaximum().orElse(null),
        curve.optionShares().stream()
            .map(s -> new OptionShareDto(new ChoiceForm(s.option().group(), s.option().choice()), s.units(), s.bids(), s.share()))
            .toList(),
        curve.tierShares());
  }
}
