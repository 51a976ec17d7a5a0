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
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
