package org.example.portal.bench.data;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The triage inbox: one item per idea, bid, ticket, sample application and given sample feedback round that has
 * none yet (the portal's own projection already holds those submitted through it), as the projection would hold
 * them, so the start-up reconciliation finds nothing missing (500,000 customers make about 2,450,000 items). Four
 * items in five
 * went to a team, half of those to a person; priorities and tags vary; one in fifty is confidential.
 */
public final class TriagePopulation implements Population {

  private static final String[] PRIORITIES = {"LOW", "NORMAL", "NORMAL", "NORMAL", "HIGH", "URGENT"};
  private static final String[] TAGS = {"", "", "", "pricing", "packaging", "mobile", "delivery", "quality"};
  private static final int PAGE = 5_000;

  @Override
  public String name() {
    return "triage";
  }

  @Override
  public Set<String> after() {
    return Set.of("core", "feedback", "bids", "tickets", "samples");
  }

  @Override
  public void load(PopulationContext context) throws SQLException {
    CoreData core = context.get(CoreData.class);
    Random random = context.random();
    Map<Long, String> tiers = tiers(context, core.customers());
    Map<Long, String> productNames = productNames(context);
    long ideas = count(context, "feedback_idea");
    long bids = count(context, "bids_bid");
    long tickets = count(context, "selfservice_ticket");
    long applications = count(context, "samples_request");
    long feedback = count(context, "samples_response");
    IdBlock itemIds = context.reserveIds("triage_item_seq", (int) (ideas + bids + tickets + applications + feedback));
    int[] next = {0};
    try (BulkInsert items = context.insert("triage_item", ideas + bids + tickets + applications + feedback,
        "id", "kind", "submission_id", "customer_id", "customer_tier", "customer_language", "area_id", "title", "summary",
        "status", "closed", "team_id", "assignee_id", "assigned_at", "priority", "tags", "confidential", "routed_by_rule_id",
        "received_at", "updated_at", "revision", "version")) {
      read(context, "select id, author_id, area_id, title, description, status, created_at from feedback_idea i where id > ?"
          + " and not exists (select 1 from triage_item t where t.kind = 'idea' and t.submission_id = i.id) order by id", rs -> {
        String description = rs.getString(5) == null ? "" : rs.getString(5);
        row(items, itemIds.id(next[0]++), "idea", rs.getLong(1), rs.getLong(2), tiers, rs.getLong(3), rs.getString(4),
            description.length() > 300 ? description.substring(0, 299) + "…" : description, rs.getString(6),
            rs.getObject(7, OffsetDateTime.class), core, random);
      });
      read(context, "select id, customer_id, area_id, product_id, quantity, unit_price, currency, requirements, state, created_at from bids_bid b where id > ?"
          + " and not exists (select 1 from triage_item t where t.kind = 'bid' and t.submission_id = b.id) order by id", rs -> {
        BigDecimal price = rs.getBigDecimal(6);
        String title = "Bid on " + productNames.getOrDefault(rs.getLong(4), "#" + rs.getLong(4)) + ": " + rs.getInt(5) + " × "
            + price.setScale(2).toPlainString() + " " + rs.getString(7);
        row(items, itemIds.id(next[0]++), "bid", rs.getLong(1), rs.getLong(2), tiers, rs.getLong(3),
            title.length() > 300 ? title.substring(0, 299) + "…" : title, rs.getString(8) == null ? "" : rs.getString(8), rs.getString(9),
            rs.getObject(10, OffsetDateTime.class), core, random);
      });
      read(context, "select id, customer_id, area_id, subject, description, status, created_at from selfservice_ticket s where id > ?"
          + " and not exists (select 1 from triage_item t where t.kind = 'ticket' and t.submission_id = s.id) order by id", rs -> {
        String description = rs.getString(5) == null ? "" : rs.getString(5);
        row(items, itemIds.id(next[0]++), "ticket", rs.getLong(1), rs.getLong(2), tiers, rs.getLong(3), "T-" + rs.getLong(1) + ": " + rs.getString(4),
            description.length() > 300 ? description.substring(0, 299) + "…" : description, rs.getString(6),
            rs.getObject(7, OffsetDateTime.class), core, random);
      });
      read(context, "select r.id, r.customer_id, p.area_id, p.name, r.state, r.applied_at from samples_request r join samples_program p on p.id = r.program_id"
          + " where r.id > ? and not exists (select 1 from triage_item t where t.kind = 'sample-request' and t.submission_id = r.id) order by r.id", rs -> {
        row(items, itemIds.id(next[0]++), "sample-request", rs.getLong(1), rs.getLong(2), tiers, rs.getLong(3), "Sample application: " + rs.getString(4),
            "", rs.getString(5), rs.getObject(6, OffsetDateTime.class), core, random);
      });
      read(context, "select f.id, r.customer_id, p.area_id, p.name, f.round, f.submitted_at from samples_response f join samples_request r on r.id = f.request_id"
          + " join samples_program p on p.id = f.program_id where f.submitted and f.id > ? and not exists"
          + " (select 1 from triage_item t where t.kind = 'sample-feedback' and t.submission_id = f.id) order by f.id", rs -> {
        row(items, itemIds.id(next[0]++), "sample-feedback", rs.getLong(1), rs.getLong(2), tiers, rs.getLong(3),
            "Sample feedback: " + rs.getString(4) + " (round " + rs.getInt(5) + ")", "", "RECEIVED", rs.getObject(6, OffsetDateTime.class), core, random);
      });
    }
    // The items of past days went in beside the portal: daily totals it counted meanwhile are stale.
    try (Statement statement = context.connection().createStatement()) {
      statement.executeUpdate("update triage_day set counted = false");
      statement.executeUpdate("delete from triage_day_total");
    }
  }

  private static void row(BulkInsert items, long id, String kind, long submissionId, long customerId, Map<Long, String> tiers, long areaId,
      String title, String summary, String status, OffsetDateTime received, CoreData core, Random random) throws SQLException {
    List<Long> teams = core.teamIds();
    Long team = teams.isEmpty() || random.nextInt(5) == 0 ? null : teams.get(random.nextInt(teams.size()));
    Long assignee = team == null || random.nextBoolean() ? null : core.staff().id(random.nextInt(core.staff().count()));
    items.row(id, kind, submissionId, customerId, tiers.getOrDefault(customerId, "STANDARD"), "en", areaId, title, summary, status,
        random.nextInt(10) == 0, team, assignee, assignee == null ? null : received.plusHours(1),
        PRIORITIES[random.nextInt(PRIORITIES.length)], TAGS[random.nextInt(TAGS.length)], team != null && random.nextInt(50) == 0,
        null, received, received, 0L, 1L);
  }

  private interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  /**
   * Reads a table in pages by id (the query takes the last id seen), so the bulk insert on the same connection
   * can commit as it goes: a commit would end a cursor held open across it.
   */
  private static void read(PopulationContext context, String sql, RowHandler handler) throws SQLException {
    long after = 0;
    while (true) {
      int rows = 0;
      try (PreparedStatement select = context.connection().prepareStatement(sql + " limit " + PAGE)) {
        select.setLong(1, after);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            handler.handle(rs);
            after = rs.getLong(1);
            rows++;
          }
        }
      }
      if (rows < PAGE) {
        return;
      }
    }
  }

  private static long count(PopulationContext context, String table) throws SQLException {
    try (PreparedStatement select = context.connection().prepareStatement("select count(*) from " + table);
        ResultSet rs = select.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<Long, String> tiers(PopulationContext context, IdBlock customers) throws SQLException {
    Map<Long, String> tiers = new HashMap<>();
    try (PreparedStatement select = context.connection().prepareStatement("select id, tier from core_account where id between ? and ?")) {
      select.setLong(1, customers.first());
      select.setLong(2, customers.last());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          tiers.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    return tiers;
  }

  private static Map<Long, String> productNames(PopulationContext context) throws SQLException {
    Map<Long, String> names = new HashMap<>();
    try (PreparedStatement select = context.connection().prepareStatement("select id, name from core_product");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        names.put(rs.getLong(1), rs.getString(2));
      }
    }
    return names;
  }
}
