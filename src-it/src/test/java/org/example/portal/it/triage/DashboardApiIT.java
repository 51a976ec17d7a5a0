package org.example.portal.it.triage;

import static org.example.portal.it.support.Problems.assertProblem;
import static org.example.portal.it.support.Problems.fields;
import static org.example.portal.it.triage.TriageApi.absent;
import static org.example.portal.it.triage.TriageApi.item;
import static org.example.portal.it.triage.TriageApi.placeBid;
import static org.example.portal.it.triage.TriageApi.submitIdea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.Catalog.TestProduct;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.Settings;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.Test;

/**
 * The staff dashboard through the REST API, on one product area of its own so other tests' data never counts:
 * submissions per day by kind and area, a ticket's time to first answer, top ideas, bid revenue, CSV, and the
 * period's rules.
 */
class DashboardApiIT extends DeployedPortal {

  private static final String CSV = "text/csv";

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void the_dashboard_counts_one_areas_submissions_by_kind_and_measures_its_tickets_ideas_and_bids() throws Exception {
    TestProduct product = Catalog.newProduct("Lamp", "EUR");
    Person customer = TestAccounts.registerCustomer("Dora Dashboard");
    Person voter = TestAccounts.registerCustomer("Vic Voter");
    Person agent = TestAccounts.inviteStaff("SUPPORT_AGENT", "Ada Agent");
    String suffix = unique();

    // A title a spreadsheet would run as a formula: the CSV must defuse it.
    long popular = submitIdea(customer, "=1+1 lamp that dims " + suffix, "Dimmer please", product.areaId());
    long quiet = submitIdea(customer, "Lamp in green " + suffix, "Colour", product.areaId());
    assertEquals(200, voter.api().put("ideas/" + popular + "/vote", JsonValue.EMPTY_JSON_OBJECT).status());
    long bid = placeBid(customer, product.id(), "25.00", 4, "Warm white");
    PortalApi.Reply opened = customer.api().post("tickets", Json.createObjectBuilder()
        .add("subject", "Lamp flickers " + suffix).add("description", "Since Monday").add("areaId", product.areaId()).build());
    assertEquals(201, opened.status(), opened::toString);
    long ticket = opened.json().getJsonNumber("id").longValue();
    item(agent.api(), "idea", popular);
    item(agent.api(), "idea", quiet);
    item(agent.api(), "bid", bid);
    item(agent.api(), "ticket", ticket);

    // Support answers at once; the ticket is then made two hours older, so its first answer took two hours.
    PortalApi.Reply answer = agent.api().post("tickets/" + ticket + "/messages", Json.createObjectBuilder().add("body", "Looking into it").add("internal", false).build());
    assertEquals(201, answer.status(), answer::toString);
    try (Connection db = DriverManager.getConnection(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword());
        PreparedStatement older = db.prepareStatement("update selfservice_ticket set created_at = first_response_at - interval '2 hours' where id = ?")) {
      older.setLong(1, ticket);
      assertEquals(1, older.executeUpdate());
    }

    JsonObject dashboard = agent.api().get("triage/dashboard?areaId=" + product.areaId()).json();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertEquals(today.toString(), dashboard.getString("to"));
    assertEquals(today.minusDays(29).toString(), dashboard.getString("from"));
    assertEquals(4, dashboard.getInt("submissions"), dashboard::toString);
    assertEquals(Map.of("idea", 2L, "bid", 1L, "ticket", 1L), totals(dashboard.getJsonObject("byKind")));
    assertEquals(Map.of(String.valueOf(product.areaId()), 4L), totals(dashboard.getJsonObject("byArea")));
    JsonObject ideaSeries = series(dashboard.getJsonObject("byKind"), "idea");
    assertEquals(30, ideaSeries.getJsonArray("counts").size());
    assertEquals(2, ideaSeries.getJsonArray("counts").getJsonNumber(29).longValue(), "today is the last day");
    assertEquals(product.areaName(), series(dashboard.getJsonObject("byArea"), String.valueOf(product.areaId())).getString("name"));

    JsonObject support = panel(dashboard, "support");
    assertEquals(1, figure(support, "tickets.dashboard.opened").getInt("value"));
    JsonObject firstAnswer = figure(support, "tickets.dashboard.first-response-median");
    assertEquals(0, new BigDecimal("2.0").compareTo(firstAnswer.getJsonNumber("value").bigDecimalValue()), firstAnswer::toString);
    assertEquals(1, firstAnswer.getInt("basis"));
    assertTrue(absent(figure(support, "tickets.dashboard.resolution-median"), "value"), "nothing solved yet, so no solution time");
    assertTrue(absent(figure(support, "tickets.dashboard.deflection-rate"), "value"), "deflections have no product area");

    List<JsonObject> topIdeas = ranking(panel(dashboard, "ideas"), "ideas.dashboard.top").getJsonArray("entries").getValuesAs(JsonObject.class);
    assertEquals("=1+1 lamp that dims " + suffix, topIdeas.getFirst().getString("label"), topIdeas::toString);
    assertEquals("ideas/" + popular, topIdeas.getFirst().getString("link"));
    if (topIdeas.size() > 1) {
      assertTrue(topIdeas.get(0).getJsonNumber("value").longValue() > topIdeas.get(1).getJsonNumber("value").longValue());
    }

    JsonObject bids = panel(dashboard, "bids");
    assertEquals(1, figure(bids, "bids.dashboard.bids").getInt("value"));
    JsonObject products = ranking(bids, "bids.dashboard.top-products");
    assertEquals("EUR", products.getString("unit"));
    JsonObject top = products.getJsonArray("entries").getJsonObject(0);
    assertEquals(product.name(), top.getString("label"));
    assertEquals(0, new BigDecimal("100.00").compareTo(top.getJsonNumber("value").bigDecimalValue()), top::toString);

    JsonObject samples = panel(dashboard, "samples");
    assertTrue(absent(figure(samples, "samples.dashboard.compliance"), "value"), "no rounds in this area: no rate");
    assertEquals(0, figure(samples, "samples.dashboard.overdue-now").getInt("value"));

    PortalApi.Reply kinds = agent.api().get("triage/dashboard/kinds.csv?areaId=" + product.areaId(), CSV);
    assertEquals(200, kinds.status(), kinds::toString);
    assertTrue(kinds.contentType().startsWith("text/csv"), kinds::toString);
    assertEquals(List.of("day,kind,count", today + ",bid,1", today + ",idea,2", today + ",ticket,1"), kinds.body().lines().toList());
    String ideasCsv = agent.api().get("triage/dashboard/ideas.csv?areaId=" + product.areaId(), CSV).body();
    assertTrue(ideasCsv.contains("ideas.dashboard.top,votes,1,'=1+1 lamp that dims " + suffix + ","), ideasCsv);
    String bidsCsv = agent.api().get("triage/dashboard/bids.csv?areaId=" + product.areaId(), CSV).body();
    assertTrue(bidsCsv.contains("bids.dashboard.top-products,EUR,1," + product.name() + ",100"), bidsCsv);
    String supportCsv = agent.api().get("triage/dashboard/support.csv?areaId=" + product.areaId(), CSV).body();
    assertTrue(supportCsv.contains("tickets.dashboard.first-response-median,HOURS,2,1"), supportCsv);
  }

  /**
   * Past days come from daily totals: the test dates its own submissions back (in the features' tables and the
   * inbox, as a generated population would be), and the dashboard must give what counting the inbox gives, for
   * its area, for a second area and for all areas, after a rebuild, after an item lost in a crash comes back on a
   * day already counted, and after a rebuild moves an item to another area and drops one whose submission is gone.
   */
  @Test
  void past_days_come_from_daily_totals_that_always_match_counting_the_inbox() throws Exception {
    TestProduct lamps = Catalog.newProduct("Lamp", "EUR");
    TestProduct desks = Catalog.newProduct("Desk", "EUR");
    Person customer = TestAccounts.registerCustomer("Tom Totals");
    Person manager = TestAccounts.inviteStaff("PRODUCT_MANAGER", "Mia Manager");
    Person agent = TestAccounts.inviteStaff("SUPPORT_AGENT", "Al Agent");
    String suffix = unique();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate threeDaysAgo = today.minusDays(3);
    LocalDate fiveDaysAgo = today.minusDays(5);
    long staying = submitIdea(customer, "Lamp with a timer " + suffix, "Off at night", lamps.areaId());
    long moving = submitIdea(customer, "Lamp on a desk clamp " + suffix, "Clamp", lamps.areaId());
    long lost = submitIdea(customer, "Lamp in brass " + suffix, "Shiny", lamps.areaId());
    PortalApi.Reply opened = customer.api().post("tickets", Json.createObjectBuilder()
        .add("subject", "Lamp hums " + suffix).add("description", "Loudly").add("areaId", lamps.areaId()).build());
    assertEquals(201, opened.status(), opened::toString);
    long ticket = opened.json().getJsonNumber("id").longValue();
    for (long idea : List.of(staying, moving, lost)) {
      item(agent.api(), "idea", idea);
    }
    item(agent.api(), "ticket", ticket);

    try (Connection db = DriverManager.getConnection(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword())) {
      // Two ideas submitted three days ago, the ticket five days ago; days that other tests' dashboards may have
      // counted already, so only the rebuild, which forgets every total, makes the dashboard see them there.
      dateBack(db, "feedback_idea", "idea", staying, threeDaysAgo);
      dateBack(db, "feedback_idea", "idea", moving, threeDaysAgo);
      dateBack(db, "selfservice_ticket", "ticket", ticket, fiveDaysAgo);
    }
    TriageApi.rebuild(Duration.ofMinutes(2));
    try (Connection db = DriverManager.getConnection(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword())) {
      // The third idea was submitted two days ago and its inbox item never committed, as after a crash.
      execute(db, "update feedback_idea set created_at = ? where id = ?", noon(today.minusDays(2)), lost);
      execute(db, "delete from triage_item where kind = 'idea' and submission_id = ?", lost);
    }

    JsonObject dashboard = agent.api().get("triage/dashboard?areaId=" + lamps.areaId()).json();
    assertEquals(Map.of(threeDaysAgo + " idea", 2L, fiveDaysAgo + " ticket", 1L), perDay(dashboard.getJsonObject("byKind"), today.plusDays(1)));
    assertMatchesTheInbox(agent, lamps.areaId(), today);
    assertMatchesTheInbox(agent, null, today);
    assertTrue(counted(threeDaysAgo) && counted(fiveDaysAgo) && counted(today.minusDays(2)), "past days are read from their totals");

    // The lost item comes back when its idea changes (the change finds no item and adds it, on its own day),
    // which makes the totals of that day, counted just now without it, stale.
    PortalApi.Reply review = manager.api().post("ideas/" + lost + "/status", Json.createObjectBuilder().add("status", "UNDER_REVIEW").add("response", "Looking").build());
    assertEquals(200, review.status(), review::toString);
    item(agent.api(), "idea", lost);
    dashboard = agent.api().get("triage/dashboard?areaId=" + lamps.areaId()).json();
    assertEquals(Map.of(today.minusDays(2) + " idea", 1L, threeDaysAgo + " idea", 2L, fiveDaysAgo + " ticket", 1L),
        perDay(dashboard.getJsonObject("byKind"), today.plusDays(1)));
    assertMatchesTheInbox(agent, lamps.areaId(), today);
    assertMatchesTheInbox(agent, null, today);

    // In the features, one idea moves to the desks' area and the ticket is deleted; a rebuild takes both over.
    try (Connection db = DriverManager.getConnection(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword())) {
      execute(db, "update feedback_idea set area_id = " + desks.areaId() + " where id = ?", moving);
      try (PreparedStatement messages = db.prepareStatement("delete from selfservice_message where ticket_id = ?")) {
        messages.setLong(1, ticket);
        messages.executeUpdate();
      }
      execute(db, "delete from selfservice_ticket where id = ?", ticket);
    }
    JsonObject progress = TriageApi.rebuild(Duration.ofMinutes(2));
    assertTrue(progress.getJsonNumber("removed").longValue() >= 1, progress::toString);
    dashboard = agent.api().get("triage/dashboard?areaId=" + lamps.areaId()).json();
    assertEquals(Map.of(today.minusDays(2) + " idea", 1L, threeDaysAgo + " idea", 1L), perDay(dashboard.getJsonObject("byKind"), today.plusDays(1)));
    JsonObject desksDashboard = agent.api().get("triage/dashboard?areaId=" + desks.areaId()).json();
    assertEquals(Map.of(threeDaysAgo + " idea", 1L), perDay(desksDashboard.getJsonObject("byKind"), today.plusDays(1)));
    assertMatchesTheInbox(agent, lamps.areaId(), today);
    assertMatchesTheInbox(agent, desks.areaId(), today);
    assertMatchesTheInbox(agent, null, today);
    assertTrue(counted(threeDaysAgo) && counted(fiveDaysAgo), "the dashboard counted the days again after the rebuild");
  }

  /** Moves a submission and its inbox item to noon of a past day, as if it had been submitted then. */
  private static void dateBack(Connection db, String table, String kind, long id, LocalDate day) throws Exception {
    execute(db, "update " + table + " set created_at = ? where id = ?", noon(day), id);
    try (PreparedStatement item = db.prepareStatement("update triage_item set received_at = ? where kind = ? and submission_id = ?")) {
      item.setTimestamp(1, noon(day));
      item.setString(2, kind);
      item.setLong(3, id);
      assertEquals(1, item.executeUpdate());
    }
  }

  private static Timestamp noon(LocalDate day) {
    return Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
  }

  /** Runs a statement whose parameters are these values, in order; it must change one row at least. */
  private static void execute(Connection db, String sql, Object... values) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      assertTrue(statement.executeUpdate() > 0, sql);
    }
  }

  /** Whether the day's totals are stored: the dashboard then read the day from them. */
  private static boolean counted(LocalDate day) throws Exception {
    try (Connection db = DriverManager.getConnection(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword());
        PreparedStatement select = db.prepareStatement("select counted from triage_day where epoch_day = ?")) {
      select.setInt(1, (int) day.toEpochDay());
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /**
   * The dashboard's counts per day by kind and by area (of one area, or of all) equal those of counting the inbox
   * table: over the whole period for one area of the test's own, over the days before today for all areas, as
   * other tests' submissions may still be arriving today.
   */
  private static void assertMatchesTheInbox(Person staff, Long areaId, LocalDate today) throws Exception {
    JsonObject dashboard = staff.api().get("triage/dashboard" + (areaId == null ? "" : "?areaId=" + areaId)).json();
    LocalDate first = LocalDate.parse(dashboard.getString("from"));
    LocalDate end = areaId == null ? today : today.plusDays(1);
    for (String column : List.of("kind", "area_id")) {
      Map<String, Long> inbox = new TreeMap<>();
      try (Connection db = DriverManager.getConnection(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword());
          PreparedStatement select = db.prepareStatement("select floor(extract(epoch from received_at) / 86400), " + column + ", count(*) from triage_item"
              + " where received_at >= ? and received_at < ?" + (areaId == null ? "" : " and area_id = " + areaId) + " group by 1, 2")) {
        select.setTimestamp(1, Timestamp.from(first.atStartOfDay().toInstant(ZoneOffset.UTC)));
        select.setTimestamp(2, Timestamp.from(end.atStartOfDay().toInstant(ZoneOffset.UTC)));
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            inbox.put(LocalDate.ofEpochDay(rs.getLong(1)) + " " + (rs.getString(2) == null ? "" : rs.getString(2)), rs.getLong(3));
          }
        }
      }
      JsonObject perDay = dashboard.getJsonObject(column.equals("kind") ? "byKind" : "byArea");
      assertEquals(inbox, perDay(perDay, end), column + " per day of area " + areaId);
    }
  }

  /** The non-zero counts of a series per day before {@code end}, keyed by day and series. */
  private static Map<String, Long> perDay(JsonObject perDay, LocalDate end) {
    List<String> days = perDay.getJsonArray("days").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    Map<String, Long> counts = new TreeMap<>();
    for (JsonObject series : perDay.getJsonArray("series").getValuesAs(JsonObject.class)) {
      for (int i = 0; i < days.size(); i++) {
        long count = series.getJsonArray("counts").getJsonNumber(i).longValue();
        if (count > 0 && LocalDate.parse(days.get(i)).isBefore(end)) {
          counts.put(days.get(i) + " " + series.getString("key"), count);
        }
      }
    }
    return counts;
  }

  @Test
  void a_bad_period_is_refused_naming_its_parameter_and_customers_are_refused() {
    Person agent = TestAccounts.inviteStaff("SUPPORT_AGENT", "Pat Period");
    Person customer = TestAccounts.registerCustomer("Cy Customer");
    assertEquals(List.of("from"), fields(assertProblem(400, agent.api().get("triage/dashboard?from=2026-13-01"))));
    assertEquals(List.of("to"), fields(assertProblem(400, agent.api().get("triage/dashboard?to=yesterday"))));
    assertEquals(List.of("from"), fields(assertProblem(400, agent.api().get("triage/dashboard?from=2026-11-02&to=2026-11-01"))));
    assertEquals(List.of("to"), fields(assertProblem(400, agent.api().get("triage/dashboard?from=2025-01-01&to=2026-11-30"))));
    assertEquals(List.of("areaId"), fields(assertProblem(400, agent.api().get("triage/dashboard?areaId=987654321"))));
    assertEquals(List.of("from"), fields(assertProblem(400, agent.api().get("triage/dashboard/kinds.csv?from=soon", CSV))));
    assertProblem(404, agent.api().get("triage/dashboard/nothing.csv", CSV));
    assertEquals(200, agent.api().get("triage/dashboard?from=2026-01-01&to=2026-01-01").status(), "one day is a period");
    assertProblem(403, customer.api().get("triage/dashboard"));
    assertProblem(403, customer.api().get("triage/dashboard/kinds.csv", CSV));
    JsonObject paths = PortalApi.anonymous().get("openapi.json").json().getJsonObject("paths");
    assertTrue(paths.containsKey("/triage/dashboard") && paths.containsKey("/triage/dashboard/{panel}.csv"), paths.keySet()::toString);
  }

  private static Map<String, Long> totals(JsonObject perDay) {
    return perDay.getJsonArray("series").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(s -> s.getString("key"), s -> s.getJsonNumber("total").longValue()));
  }

  private static JsonObject series(JsonObject perDay, String key) {
    return perDay.getJsonArray("series").getValuesAs(JsonObject.class).stream().filter(s -> s.getString("key").equals(key)).findFirst().orElseThrow();
  }

  private static JsonObject panel(JsonObject dashboard, String name) {
    return dashboard.getJsonArray("panels").getValuesAs(JsonObject.class).stream().filter(p -> p.getString("panel").equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no panel " + name + " in " + dashboard));
  }

  private static JsonObject figure(JsonObject panel, String key) {
    return panel.getJsonArray("figures").getValuesAs(JsonObject.class).stream().filter(f -> f.getString("key").equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + key + " in " + panel));
  }

  private static JsonObject ranking(JsonObject panel, String key) {
    return panel.getJsonArray("rankings").getValuesAs(JsonObject.class).stream().filter(r -> r.getString("key").equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no ranking " + key + " in " + panel));
  }
}
