package org.example.portal.pricingbids.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.example.portal.core.account.domain.Tier;

/**
 * How many units customers want at or above each price, from the bids that count as demand (open and
 * accepted; never withdrawn, expired or declined ones). Money stays exact: prices are {@link BigDecimal}s of
 * one currency and revenue is price times units.
 */
public final class DemandCurve {

  /** Fewer bids than this and a price histogram could point at one customer's bid, so none is shown. */
  public static final int MIN_BIDS_FOR_HISTOGRAM = 10;

  /** One bid's worth of demand: the price a customer would pay per unit and how many units. */
  public record Demand(BigDecimal unitPrice, int quantity, Tier tier, List<OptionChoice> options) {}

  /** At {@code price}: the units wanted by bids at or above it, their count, and the revenue of selling them. */
  public record Point(BigDecimal price, long units, int bids, BigDecimal revenue) {}

  /** Units wanted with one requirement choice, and their share of all units wanted (0 to 1). */
  public record OptionShare(OptionChoice option, long units, int bids, BigDecimal share) {}

  public record TierShare(Tier tier, long units, int bids, BigDecimal share) {}

  /** Bids whose price is within [from, to]; ranges do not overlap (the next starts one cent above). */
  public record Bucket(BigDecimal from, BigDecimal to, int bids) {}

  private final List<Demand> demand;
  private final List<Point> points;
  private final long totalUnits;

  private DemandCurve(List<Demand> demand) {
    this.demand = demand;
    this.totalUnits = demand.stream().mapToLong(Demand::quantity).sum();
    this.points = points(demand);
  }

  public static DemandCurve of(Collection<Demand> demand) {
    return new DemandCurve(List.copyOf(demand));
  }

  private static List<Point> points(List<Demand> demand) {
    // Highest price first: walking down the prices adds the units of every bid at or above the current one.
    TreeMap<BigDecimal, long[]> byPrice = new TreeMap<>(Comparator.reverseOrder());
    for (Demand d : demand) {
      long[] unitsAndBids = byPrice.computeIfAbsent(d.unitPrice().stripTrailingZeros(), p -> new long[2]);
      unitsAndBids[0] += d.quantity();
      unitsAndBids[1]++;
    }
    List<Point> points = new ArrayList<>(byPrice.size());
    long units = 0;
    int bids = 0;
    for (Map.Entry<BigDecimal, long[]> e : byPrice.entrySet()) {
      units += e.getValue()[0];
      bids += (int) e.getValue()[1];
      BigDecimal price = e.getKey().setScale(2, RoundingMode.UNNECESSARY);
      points.add(new Point(price, units, bids, price.multiply(BigDecimal.valueOf(units))));
    }
    return List.copyOf(points);
  }

  /** The curve from the highest price down: units never decrease along it. */
  public List<Point> points() {
    return points;
  }

  /**
   * The price that brings the most revenue if every unit wanted at or above it is sold at it. Of equal
   * revenues the highest price wins: the same money for fewer units to make.
   */
  public Optional<Point> revenueMaximum() {
    Point best = null;
    for (Point p : points) {
      if (best == null || p.revenue().compareTo(best.revenue()) > 0) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Units wanted at or above {@code price}. */
  public long unitsAt(BigDecimal price) {
    long units = 0;
    for (Point p : points) {
      if (p.price().compareTo(price) < 0) {
        break;
      }
      units = p.units();
    }
    return units;
  }

  public long totalUnits() {
    return totalUnits;
  }

  public int bids() {
    return demand.size();
  }

  /** Each requirement choice that any bid asked for, by group in first-seen order, most units first within it. */
  public List<OptionShare> optionShares() {
    Map<OptionChoice, long[]> byOption = new LinkedHashMap<>();
    for (Demand d : demand) {
      for (OptionChoice o : d.options()) {
        long[] unitsAndBids = byOption.computeIfAbsent(o, k -> new long[2]);
        unitsAndBids[0] += d.quantity();
        unitsAndBids[1]++;
      }
    }
    List<String> groupOrder = byOption.keySet().stream().map(OptionChoice::group).distinct().toList();
    return byOption.entrySet().stream()
        .map(e -> new OptionShare(e.getKey(), e.getValue()[0], (int) e.getValue()[1], share(e.getValue()[0])))
        .sorted(
            Comparator.comparingInt((OptionShare s) -> groupOrder.indexOf(s.option().group()))
                .thenComparing(Comparator.comparingLong(OptionShare::units).reversed()))
        .toList();
  }

  /** Every tier, including those without bids, from standard to platinum. */
  public List<TierShare> tierShares() {
    Map<Tier, long[]> byTier = new EnumMap<>(Tier.class);
    for (Tier t : Tier.values()) {
      byTier.put(t, new long[2]);
    }
    for (Demand d : demand) {
      long[] unitsAndBids = byTier.get(d.tier());
      unitsAndBids[0] += d.quantity();
      unitsAndBids[1]++;
    }
    return byTier.entrySet().stream()
        .map(e -> new TierShare(e.getKey(), e.getValue()[0], (int) e.getValue()[1], share(e.getValue()[0])))
        .toList();
  }

  /**
   * How many bids fall into each price range of a round width (1, 2, 2.5 or 5 times a power of ten), about
   * {@code buckets} ranges from the lowest to the highest bid. The ranges start and end on round figures, so the
   * histogram never prints anyone's exact price, not even the lowest or highest; it is empty when fewer than
   * {@link #MIN_BIDS_FOR_HISTOGRAM} bids exist, so no single bid can be singled out.
   */
  public List<Bucket> priceHistogram(int buckets) {
    if (demand.size() < MIN_BIDS_FOR_HISTOGRAM || buckets < 1) {
      return List.of();
    }
    BigDecimal min = demand.stream().map(Demand::unitPrice).min(Comparator.naturalOrder()).orElseThrow();
    BigDecimal max = demand.stream().map(Demand::unitPrice).max(Comparator.naturalOrder()).orElseThrow();
    BigDecimal spread = max.subtract(min);
    // Equal prices still get a range around them: a tenth of the price wide.
    BigDecimal wanted = spread.signum() > 0
        ? spread.divide(BigDecimal.valueOf(buckets), 4, RoundingMode.CEILING)
        : max.divide(BigDecimal.TEN, 4, RoundingMode.CEILING);
    BigDecimal width = roundWidth(wanted).setScale(2, RoundingMode.CEILING);
    BigDecimal first = min.divideToIntegralValue(width).multiply(width).setScale(2);
    int count = max.subtract(first).divideToIntegralValue(width).intValueExact() + 1;
    int[] bids = new int[count];
    for (Demand d : demand) {
      bids[d.unitPrice().subtract(first).divideToIntegralValue(width).intValueExact()]++;
    }
    List<Bucket> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      BigDecimal from = first.add(width.multiply(BigDecimal.valueOf(i)));
      result.add(new Bucket(from, from.add(width).subtract(CENT), bids[i]));
    }
    return result;
  }

  private static final BigDecimal CENT = new BigDecimal("0.01");

  /** The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least {@code wanted}, and never below a cent. */
  static BigDecimal roundWidth(BigDecimal wanted) {
    if (wanted.compareTo(CENT) <= 0) {
      return CENT;
    }
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(wanted.precision() - wanted.scale() - 1);
    for (String factor : new String[] {"1", "2", "2.5", "5"}) {
      BigDecimal width = power.multiply(new BigDecimal(factor));
      if (width.compareTo(wanted) >= 0) {
        return width;
      }
    }
    return power.multiply(BigDecimal.TEN);
  }

  private BigDecimal share(long units) {
    return totalUnits == 0
        ? BigDecimal.ZERO.setScale(4)
        : BigDecimal.valueOf(units).divide(BigDecimal.valueOf(totalUnits), 4, RoundingMode.HALF_UP);
  }
}
