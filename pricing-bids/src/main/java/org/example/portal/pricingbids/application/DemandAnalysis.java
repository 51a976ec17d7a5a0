package org.example.portal.pricingbids.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.example.portal.core.text.Csv;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.Product;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.feedback.api.IdeaLookup;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.pricingbids.domain.BidState;
import org.example.portal.pricingbids.domain.DemandCurve;
import org.example.portal.pricingbids.domain.DemandCurve.Demand;
import org.example.portal.pricingbids.domain.OptionChoice;

/**
 * Demand per product or idea from every bid that counts (open, countered and accepted; never withdrawn, expired
 * or declined). An accepted bid counts with what was agreed, so a counteroffer the customer took replaces
 * the first offer. Reads plain columns rather than entities: a product may have a million bids.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DemandAnalysis {

  /** The states whose bids are demand, as SQL; fixed names from {@link BidState}, never user input. */
  private static final String DEMAND_STATES =
      java.util.Arrays.stream(BidState.values())
          .filter(BidState::countsAsDemand)
          .map(s -> "'" + s.name() + "'")
          .collect(Collectors.joining(", ", "(", ")"));

  /**
   * The demand curve of one product or idea.
   *
   * @param productId the product, or null for an idea
   * @param ideaId the idea, or null for a product
   * @param name the product's name or the idea's title
   */
  public record Report(Long productId, Long ideaId, String name, String currency, DemandCurve curve) {}

  /** About this many price ranges in the histogram customers see. */
  public static final int PRICE_RANGES = 10;

  @PersistenceContext EntityManager em;
  @Inject CatalogService catalog;
  @Inject IdeaLookup ideas;
  @Inject BidService bids;

  public Report demandFor(long productId) {
    Product product = catalog.product(productId);
    return new Report(product.getId(), null, product.getName(), product.getCurrency(), DemandCurve.of(demand("product_id", productId)));
  }

  /** Demand for an idea: what customers would pay for it once built, in the portal's bid currency. */
  public Report demandForIdea(long ideaId) {
    IdeaRef idea = ideas.find(ideaId).filter(i -> i.id() == ideaId).orElseThrow(() -> new NotFoundException("Idea", ideaId));
    return new Report(null, idea.id(), idea.title(), bids.ideaCurrency(), DemandCurve.of(demand("idea_id", ideaId)));
  }

  /** The anonymised price ranges customers may see: empty below {@link DemandCurve#MIN_BIDS_FOR_HISTOGRAM} bids. */
  public static List<DemandCurve.Bucket> priceRanges(Report report) {
    return report.curve().priceHistogram(PRICE_RANGES);
  }

  /** @param subject the column that names what the bids are on: {@code product_id} or {@code idea_id}, never user input */
  private List<Demand> demand(String subject, long subjectId) {
    Map<Long, List<OptionChoice>> options = options("bids_bid_option", subject, subjectId);
    Map<Long, List<OptionChoice>> counterOptions = options("bids_counter_option", subject, subjectId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select b.id, b.state, b.unit_price, b.counter_price, b.quantity, b.counter_quantity, b.customer_tier"
                    + " from bids_bid b where b." + subject + " = ?1 and b.state in " + DEMAND_STATES)
            .setParameter(1, subjectId)
            .getResultList();
    List<Demand> demand = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      boolean agreedOnCounter = BidState.ACCEPTED.name().equals(row[1]) && row[3] != null;
      BigDecimal price = (BigDecimal) (agreedOnCounter ? row[3] : row[2]);
      int quantity = ((Number) (agreedOnCounter && row[5] != null ? row[5] : row[4])).intValue();
      List<OptionChoice> chosen =
          agreedOnCounter && counterOptions.containsKey(id) ? counterOptions.get(id) : options.getOrDefault(id, List.of());
      demand.add(new Demand(price, quantity, Tier.valueOf((String) row[6]), chosen));
    }
    return demand;
  }

  private Map<Long, List<OptionChoice>> options(String table, String subject, long subjectId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select o.bid_id, o.group_name, o.choice from " + table + " o join bids_bid b on b.id = o.bid_id"
                    + " where b." + subject + " = ?1 and b.state in " + DEMAND_STATES + " order by o.bid_id, o.position")
            .setParameter(1, subjectId)
            .getResultList();
    Map<Long, List<OptionChoice>> byBid = new HashMap<>();
    for (Object[] row : rows) {
      byBid.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(new OptionChoice((String) row[1], (String) row[2]));
    }
    return byBid;
  }

  /** The report as CSV: the curve, then option and tier shares, each under a header line. */
  public static String csv(Report report) {
    StringBuilder csv = new StringBuilder();
    String currency = report.currency();
    csv.append("section,price,currency,units_at_or_above,bids_at_or_above,revenue\r\n");
    for (DemandCurve.Point p : report.curve().points()) {
      csv.append("curve,").append(p.price().toPlainString()).append(',').append(currency).append(',')
          .append(p.units()).append(',').append(p.bids()).append(',').append(p.revenue().toPlainString()).append("\r\n");
    }
    report.curve().revenueMaximum().ifPresent(p -> csv.append("revenue_maximum,").append(p.price().toPlainString()).append(',')
        .append(currency).append(',').append(p.units()).append(',').append(p.bids()).append(',').append(p.revenue().toPlainString()).append("\r\n"));
    csv.append("\r\nsection,group,choice,units,bids,share\r\n");
    for (DemandCurve.OptionShare s : report.curve().optionShares()) {
      csv.append("option,").append(Csv.field(s.option().group())).append(',').append(Csv.field(s.option().choice())).append(',')
          .append(s.units()).append(',').append(s.bids()).append(',').append(s.share().toPlainString()).append("\r\n");
    }
    csv.append("\r\nsection,tier,units,bids,share\r\n");
    for (DemandCurve.TierShare t : report.curve().tierShares()) {
      csv.append("tier,").append(t.tier().name()).append(',').append(t.units()).append(',').append(t.bids()).append(',')
          .append(t.share().toPlainString()).append("\r\n");
    }
    return csv.toString();
  }
}
