package org.example.portal.pricingbids.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.pricingbids.domain.DemandCurve.Bucket;
import org.example.portal.pricingbids.domain.DemandCurve.Demand;
import org.example.portal.pricingbids.domain.DemandCurve.Point;
import org.junit.jupiter.api.Test;

class DemandCurveTest {

  private static final OptionChoice GREEN = new OptionChoice("Colour", "Green");
  private static final OptionChoice RED = new OptionChoice("Colour", "Red");
  private static final OptionChoice LARGE = new OptionChoice("Size", "L");

  private static Demand bid(String price, int quantity, Tier tier, OptionChoice... options) {
    return new Demand(new BigDecimal(price), quantity, tier, List.of(options));
  }

  private static Demand bid(String price, int quantity) {
    return bid(price, quantity, Tier.STANDARD);
  }

  @Test
  void units_at_each_price_add_up_every_bid_at_or_above_it() {
    // Hand-computed: 100 x 2, 80 x 3, 50 x 10  ->  100: 2 units, 80: 5 units, 50: 15 units.
    DemandCurve curve = DemandCurve.of(List.of(bid("50.00", 10), bid("100.00", 2), bid("80.00", 3)));

    assertEquals(
        List.of(
            new Point(new BigDecimal("100.00"), 2, 1, new BigDecimal("200.00")),
            new Point(new BigDecimal("80.00"), 5, 2, new BigDecimal("400.00")),
            new Point(new BigDecimal("50.00"), 15, 3, new BigDecimal("750.00"))),
        curve.points());
    assertEquals(15, curve.totalUnits());
    assertEquals(5, curve.unitsAt(new BigDecimal("80.00")));
    assertEquals(5, curve.unitsAt(new BigDecimal("79.99")));
    assertEquals(0, curve.unitsAt(new BigDecimal("100.01")));
    assertEquals(new BigDecimal("50.00"), curve.revenueMaximum().orElseThrow().price());
    assertEquals(new BigDecimal("750.00"), curve.revenueMaximum().orElseThrow().revenue());
  }

  @Test
  void bids_at_equal_prices_make_one_point() {
    DemandCurve curve = DemandCurve.of(List.of(bid("20", 1), bid("20.00", 4), bid("10.50", 2)));

    assertEquals(2, curve.points().size());
    assertEquals(new Point(new BigDecimal("20.00"), 5, 2, new BigDecimal("100.00")), curve.points().get(0));
    assertEquals(new Point(new BigDecimal("10.50"), 7, 3, new BigDecimal("73.50")), curve.points().get(1));
  }

  @Test
  void of_equal_revenues_the_higher_price_wins() {
    // 100 x 3 = 300 and 60 x 5 = 300: the same money for fewer units.
    DemandCurve curve = DemandCurve.of(List.of(bid("100", 3), bid("60", 2)));

    Point best = curve.revenueMaximum().orElseThrow();
    assertEquals(new BigDecimal("100.00"), best.price());
    assertEquals(3, best.units());
    assertEquals(0, new BigDecimal("300").compareTo(best.revenue()));
  }

  @Test
  void the_revenue_maximum_may_be_a_middle_price() {
    // 30 x 1 = 30, 25 x 4 = 100, 5 x 10 = 50.
    DemandCurve curve = DemandCurve.of(List.of(bid("30", 1), bid("25", 3), bid("5", 6)));

    assertEquals(new BigDecimal("25.00"), curve.revenueMaximum().orElseThrow().price());
    assertEquals(4, curve.revenueMaximum().orElseThrow().units());
  }

  @Test
  void revenue_stays_exact_in_cents() {
    DemandCurve curve = DemandCurve.of(List.of(bid("0.10", 3), bid("0.20", 1)));

    // 0.10 x 4 = 0.40 exactly, where doubles would give 0.4000000000000001 for 0.1 * 4 sums.
    assertEquals(new BigDecimal("0.40"), curve.points().get(1).revenue());
  }

  @Test
  void no_bids_means_no_curve_and_no_maximum() {
    DemandCurve curve = DemandCurve.of(List.of());

    assertTrue(curve.points().isEmpty());
    assertTrue(curve.revenueMaximum().isEmpty());
    assertEquals(0, curve.unitsAt(BigDecimal.ONE));
  }

  @Test
  void option_shares_are_units_with_that_choice_over_all_units() {
    DemandCurve curve =
        DemandCurve.of(List.of(bid("10", 6, Tier.GOLD, GREEN, LARGE), bid("12", 2, Tier.STANDARD, RED), bid("9", 2, Tier.GOLD)));

    var shares = curve.optionShares();
    assertEquals(List.of(GREEN, RED, LARGE), shares.stream().map(DemandCurve.OptionShare::option).toList());
    assertEquals(new BigDecimal("0.6000"), shares.get(0).share());
    assertEquals(new BigDecimal("0.2000"), shares.get(1).share());
    assertEquals(6, shares.get(2).units());
  }

  @Test
  void tier_shares_list_every_tier() {
    DemandCurve curve = DemandCurve.of(List.of(bid("10", 3, Tier.GOLD), bid("10", 1, Tier.PLATINUM)));

    var tiers = curve.tierShares();
    assertEquals(Tier.values().length, tiers.size());
    assertEquals(3, tiers.get(Tier.GOLD.ordinal()).units());
    assertEquals(new BigDecimal("0.7500"), tiers.get(Tier.GOLD.ordinal()).share());
    assertEquals(0, tiers.get(Tier.SILVER.ordinal()).bids());
  }

  @Test
  void no_histogram_below_ten_bids() {
    List<Demand> nine = java.util.stream.IntStream.range(0, 9).mapToObj(i -> bid(String.valueOf(10 + i), 1)).toList();

    assertTrue(DemandCurve.of(nine).priceHistogram(5).isEmpty());
  }

  @Test
  void the_histogram_counts_every_bid_once_in_round_ranges_that_do_not_overlap() {
    // Prices 10..19 in about 5 ranges: (19 - 10) / 5 = 1.8 -> width 2: [10.00, 11.99], [12.00, 13.99], ... [18.00, 19.99]
    List<Demand> ten = java.util.stream.IntStream.range(0, 10).mapToObj(i -> bid(String.valueOf(10 + i), 1)).toList();

    List<Bucket> buckets = DemandCurve.of(ten).priceHistogram(5);

    assertEquals(List.of(2, 2, 2, 2, 2), buckets.stream().map(Bucket::bids).toList());
    assertEquals(new BigDecimal("10.00"), buckets.get(0).from());
    assertEquals(new BigDecimal("11.99"), buckets.get(0).to());
    assertEquals(new BigDecimal("19.99"), buckets.get(4).to());
    for (int i = 1; i < buckets.size(); i++) {
      assertEquals(buckets.get(i - 1).to().add(new BigDecimal("0.01")), buckets.get(i).from());
    }
  }

  @Test
  void the_histogram_never_prints_the_lowest_or_highest_bid() {
    // 103.17 .. 987.45 over 10 ranges: 88.43 -> width 100, from 100.00 to 999.99
    List<Demand> bids = new java.util.ArrayList<>();
    bids.add(bid("103.17", 1));
    bids.add(bid("987.45", 2));
    for (int i = 0; i < 8; i++) {
      bids.add(bid(String.valueOf(450 + i), 1));
    }

    List<Bucket> buckets = DemandCurve.of(bids).priceHistogram(10);

    assertEquals(new BigDecimal("100.00"), buckets.get(0).from());
    assertEquals(new BigDecimal("999.99"), buckets.get(buckets.size() - 1).to());
    assertEquals(9, buckets.size());
    assertEquals(List.of(1, 0, 0, 8, 0, 0, 0, 0, 1), buckets.stream().map(Bucket::bids).toList());
    assertTrue(buckets.stream().noneMatch(b -> b.from().compareTo(new BigDecimal("103.17")) == 0 || b.to().compareTo(new BigDecimal("987.45")) == 0));
  }

  @Test
  void equal_prices_make_one_range_around_them() {
    List<Demand> ten = java.util.stream.IntStream.range(0, 10).mapToObj(i -> bid("5.00", 1)).toList();

    List<Bucket> buckets = DemandCurve.of(ten).priceHistogram(4);

    assertEquals(List.of(new Bucket(new BigDecimal("5.00"), new BigDecimal("5.49"), 10)), buckets);
  }

  @Test
  void range_widths_are_round_figures_of_at_least_a_cent() {
    assertEquals(0, new BigDecimal("2").compareTo(DemandCurve.roundWidth(new BigDecimal("1.8"))));
    assertEquals(0, new BigDecimal("2.5").compareTo(DemandCurve.roundWidth(new BigDecimal("2.1"))));
    assertEquals(0, new BigDecimal("100").compareTo(DemandCurve.roundWidth(new BigDecimal("88.43"))));
    assertEquals(0, new BigDecimal("0.01").compareTo(DemandCurve.roundWidth(new BigDecimal("0.001"))));
    assertEquals(0, new BigDecimal("10").compareTo(DemandCurve.roundWidth(new BigDecimal("6"))));
  }
}
