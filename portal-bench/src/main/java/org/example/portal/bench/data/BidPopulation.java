package org.example.portal.bench.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.example.portal.pricingbids.application.BidForm;

/**
 * Counter-price bids: two per customer, spread over the first {@link #PRODUCTS} products (500,000 customers
 * make 1,000,000 bids over 1,000 products), each with one history row. Prices scatter around each product's
 * list price as real willingness to pay does (log-normal), quantities are mostly small, and the states mix as a
 * live portal's would: most open, some accepted, declined, withdrawn or expired. Every product gets bid terms
 * with two colours, which a third of the bids choose.
 */
public final class BidPopulation implements Population {

  static final int PRODUCTS = 1_000;
  static final int BIDS_PER_CUSTOMER = 2;
  private static final String[] TIERS = {"STANDARD", "STANDARD", "STANDARD", "SILVER", "SILVER", "GOLD", "PLATINUM"};
  private static final String[] COLOURS = {"Graphite", "Sand"};

  /** The products bids were generated for, for the load scenarios. */
  public record BidData(List<Long> productIds) {}

  private record Product(long id, long areaId, String currency, BigDecimal listPrice) {}

  @Override
  public String name() {
    return "bids";
  }

  @Override
  public Set<String> after() {
    return Set.of("core");
  }

  @Override
  public void load(PopulationContext context) throws SQLException {
    CoreData core = context.get(CoreData.class);
    Random random = context.random();
    // Dates count back from today, not from a fixed day: an open bid must still be open when the portal reads
    // it, or the portal's expiry job ends them all at once and mails every generated customer.
    OffsetDateTime today = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
    List<Product> products = products(context, core);
    try (BulkInsert terms = context.insert("bids_terms", products.size(), "product_id", "price_floor", "min_quantity", "version");
        BulkInsert options =
            context.insertAfter(terms, "bids_terms_option", products.size() * 2L, "product_id", "position", "group_name", "choice")) {
      for (Product p : products) {
        terms.row(p.id(), null, null, 1L);
        for (int i = 0; i < COLOURS.length; i++) {
          options.row(p.id(), i, "Colour", COLOURS[i]);
        }
      }
    }

    long count = (long) core.customers().count() * BIDS_PER_CUSTOMER;
    if (count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Too many bids for one id block: " + count);
    }
    IdBlock bidIds = context.reserveIds("bids_bid_seq", (int) count);
    IdBlock historyIds = context.reserveIds("bids_history_seq", (int) count);
    try (BulkInsert bids =
            context.insert(
                "bids_bid", count,
                "id", "product_id", "area_id", "customer_id", "customer_tier", "currency", "unit_price", "quantity",
                "requirements", "state", "decline_reason", "expires_at", "created_at", "decided_at", "order_status",
                "order_updated_at", "version");
        BulkInsert chosen = context.insertAfter(bids, "bids_bid_option", count / 3, "bid_id", "position", "group_name", "choice");
        BulkInsert history =
            context.insertAfter(bids, "bids_history", count, "id", "bid_id", "at", "actor_id", "from_state", "to_state", "note")) {
      for (int i = 0; i < count; i++) {
        long id = bidIds.id(i);
        long customer = core.customers().id(i / BIDS_PER_CUSTOMER);
        Product product = products.get(random.nextInt(products.size()));
        OffsetDateTime created = today.minusMinutes(random.nextInt(60 * 24 * 60));
        String state = state(random);
        boolean decided = !state.equals("OPEN");
        OffsetDateTime expires = decided ? created.plusDays(30) : today.plusDays(1 + random.nextInt(BidForm.MAX_OPEN_DAYS));
        bids.row(
            id, product.id(), product.areaId(), customer, TIERS[random.nextInt(TIERS.length)], product.currency(),
            price(product.listPrice(), random), quantity(random), random.nextInt(5) == 0 ? "Needs to fit a small office" : null,
            state, state.equals("DECLINED") ? "Not possible at this price" : null, expires, created,
            decided ? created.plusDays(1 + random.nextInt(20)) : null, state.equals("ACCEPTED") ? "CONFIRMED" : null,
            state.equals("ACCEPTED") ? created.plusDays(1) : null, 1L);
        if (random.nextInt(3) == 0) {
          chosen.row(id, 0, "Colour", COLOURS[random.nextInt(COLOURS.length)]);
        }
        history.row(historyIds.id(i), id, created, customer, null, "OPEN", null);
      }
    }
    context.share(BidData.class, new BidData(products.stream().map(Product::id).toList()));
  }

  private static List<Product> products(PopulationContext context, CoreData core) throws SQLException {
    List<Product> products = new ArrayList<>();
    try (PreparedStatement select =
        context.connection().prepareStatement(
            "select id, area_id, currency, list_price from core_product where id between ? and ? order by id")) {
      select.setLong(1, core.productIds().get(0));
      select.setLong(2, core.productIds().get(core.productIds().size() - 1));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next() && products.size() < PRODUCTS) {
          BigDecimal list = rs.getBigDecimal(4);
          products.add(new Product(rs.getLong(1), rs.getLong(2), rs.getString(3), list == null ? new BigDecimal("100.00") : list));
        }
      }
    }
    return products;
  }

  /** Around the list price: half of the bids below 80 % of it, a few above it. */
  static BigDecimal price(BigDecimal listPrice, Random random) {
    double factor = Math.exp(random.nextGaussian() * 0.35 - 0.25);
    return listPrice.multiply(BigDecimal.valueOf(factor)).max(new BigDecimal("0.01")).setScale(2, RoundingMode.HALF_UP);
  }

  /** Mostly one to five units, sometimes a team's worth, rarely a company's. */
  static int quantity(Random random) {
    int roll = random.nextInt(100);
    return roll < 70 ? 1 + random.nextInt(5) : roll < 95 ? 5 + random.nextInt(20) : 25 + random.nextInt(200);
  }

  static String state(Random random) {
    int roll = random.nextInt(100);
    return roll < 70 ? "OPEN" : roll < 82 ? "ACCEPTED" : roll < 88 ? "DECLINED" : roll < 94 ? "WITHDRAWN" : "EXPIRED";
  }
}
