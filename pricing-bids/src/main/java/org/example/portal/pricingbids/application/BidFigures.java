package org.example.portal.pricingbids.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.Product;
import org.example.portal.core.metrics.DashboardPanel;
import org.example.portal.core.metrics.DashboardPanel.Entry;
import org.example.portal.core.metrics.DashboardPanel.Figure;
import org.example.portal.core.metrics.DashboardPanel.Ranking;
import org.example.portal.core.metrics.DashboardSource;
import org.example.portal.core.metrics.Period;
import org.example.portal.core.persistence.AggregateMemory;
import org.example.portal.feedback.api.IdeaLookup;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.pricingbids.domain.BidState;

/**
 * Bids' panel of the staff dashboard: of the bids placed in the period that are open or accepted now, the
 * products and the ideas with the most revenue, exact to the cent and one ranking per currency (amounts in
 * different currencies are never added). A bid's revenue is its unit price times its quantity, or for a bid
 * accepted on a counteroffer the agreed price and quantity, as the demand analysis counts it. Summed per
 * product, idea and currency in the database; only the leaders' names are read.
 */
@ApplicationScoped
public class BidFigures implements DashboardSource {

  /** How many products and ideas each ranking shows. */
  static final int TOP = 10;

  @PersistenceContext EntityManager em;
  @Inject AggregateMemory memory;
  @Inject CatalogService catalog;
  @Inject IdeaLookup ideas;

  /** The revenue of one product's or one idea's bids in one currency. */
  private record Revenue(Long productId, Long ideaId, String currency, long bids, BigDecimal amount) {}

  @Override
  public String panel() {
    return "bids";
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  @Transactional
  public DashboardPanel figures(Period period) {
    memory.widen(em);
    Query query = em.createNativeQuery(
            "select product_id, idea_id, currency, count(*), sum(case when state = ?4 and counter_price is not null"
                + " then counter_price * coalesce(counter_quantity, quantity) else unit_price * quantity end)"
                + " from bids_bid where state in (?4, ?5) and created_at >= ?1 and created_at < ?2"
                + (period.areaId() == null ? "" : " and area_id = ?3")
                + " group by product_id, idea_id, currency")
        .setParameter(1, period.fromParameter())
        .setParameter(2, period.toParameter())
        .setParameter(4, BidState.ACCEPTED.name())
        .setParameter(5, BidState.OPEN.name());
    if (period.areaId() != null) {
      query.setParameter(3, period.areaId());
    }
    List<Revenue> revenues = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] c = (Object[]) row;
      revenues.add(new Revenue(c[0] == null ? null : ((Number) c[0]).longValue(), c[1] == null ? null : ((Number) c[1]).longValue(),
          (String) c[2], ((Number) c[3]).longValue(), (BigDecimal) c[4]));
    }
    Map<String, List<Revenue>> byCurrency = new TreeMap<>();
    revenues.forEach(r -> byCurrency.computeIfAbsent(r.currency(), k -> new ArrayList<>()).add(r));
    List<Ranking> rankings = new ArrayList<>();
    byCurrency.forEach((currency, list) -> {
      rankings.add(new Ranking("bids.dashboard.top-products", currency, top(list.stream().filter(r -> r.productId() != null).toList(), this::productEntry)));
      rankings.add(new Ranking("bids.dashboard.top-ideas", currency, top(list.stream().filter(r -> r.ideaId() != null).toList(), this::ideaEntry)));
    });
    return new DashboardPanel(panel(), "bids.dashboard.title",
        List.of(Figure.count("bids.dashboard.bids", revenues.stream().mapToLong(Revenue::bids).sum())), rankings);
  }

  private static List<Entry> top(List<Revenue> revenues, java.util.function.Function<Revenue, Entry> entry) {
    return revenues.stream()
        .sorted(Comparator.comparing(Revenue::amount).reversed().thenComparing(r -> r.productId() != null ? r.productId() : r.ideaId()))
        .limit(TOP).map(entry).toList();
  }

  private Entry productEntry(Revenue r) {
    return new Entry(catalog.findProduct(r.productId()).map(Product::getName).orElse("#" + r.productId()), null, r.amount());
  }

  private Entry ideaEntry(Revenue r) {
    return new Entry(ideas.find(r.ideaId()).map(IdeaRef::title).orElse("#" + r.ideaId()), "ideas/" + r.ideaId(), r.amount());
  }
}
