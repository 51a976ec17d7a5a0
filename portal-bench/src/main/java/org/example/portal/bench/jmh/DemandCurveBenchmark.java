package org.example.portal.bench.jmh;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.pricingbids.domain.DemandCurve;
import org.example.portal.pricingbids.domain.OptionChoice;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The demand analysis of one product without the database: curve, revenue maximum and shares.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DemandCurveBenchmark {

  /** A product's bids: 1,000,000 bids over 1,000 products. */
  private static final int BIDS = 1_000;

  private List<DemandCurve.Demand> demand;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    List<OptionChoice> green = List.of(new OptionChoice("Colour", "Green"));
    demand = new ArrayList<>(BIDS);
    for (int i = 0; i < BIDS; i++) {
      BigDecimal price = BigDecimal.valueOf(100 * Math.exp(random.nextGaussian() * 0.35)).setScale(2, RoundingMode.HALF_UP);
      demand.add(new DemandCurve.Demand(price, 1 + random.nextInt(10), Tier.values()[random.nextInt(4)], i % 3 == 0 ? green : List.of()));
    }
  }

  @Benchmark
  public Object curveAndRevenueMaximum() {
    return DemandCurve.of(demand).revenueMaximum();
  }

  @Benchmark
  public Object fullAnalysis() {
    DemandCurve curve = DemandCurve.of(demand);
    return List.of(curve.revenueMaximum(), curve.optionShares(), curve.tierShares(), curve.priceHistogram(10));
  }
}
