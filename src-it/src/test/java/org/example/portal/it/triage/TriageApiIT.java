package org.example.portal.it.triage;

import static org.example.portal.it.support.Problems.assertProblem;
import static org.example.portal.it.triage.TriageApi.createRule;
import static org.example.portal.it.triage.TriageApi.item;
import static org.example.portal.it.triage.TriageApi.longOrNull;
import static org.example.portal.it.triage.TriageApi.placeBid;
import static org.example.portal.it.triage.TriageApi.rule;
import static org.example.portal.it.triage.TriageApi.submitIdea;
import static org.example.portal.it.triage.TriageApi.team;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.example.portal.it.prototypes.SampleFixtures;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.Catalog.TestProduct;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.Settings;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The triage inbox through the REST API: routing of each kind (idea, bid, ticket, sample request and feedback), dry run, rebuild, actions and who may do what. */
class TriageApiIT extends DeployedPortal {

  private static Person lead;
  private static Person agent;
  private static Person manager;
  private static Person customer;

  @BeforeAll
  static void people() {
    lead = TestAccounts.inviteStaff("TRIAGE_LEAD", "Tina Triage");
    agent = TestAccounts.inviteStaff("SUPPORT_AGENT", "Sam Support");
    manager = TestAccounts.inviteStaff("PRODUCT_MANAGER", "Pia Product");
    customer = TestAccounts.registerCustomer("Chris Customer");
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void an_idea_and_a_bid_are_each_routed_by_the_right_rule_and_the_dry_run_agrees() {
    TestProduct product = Catalog.newProduct("Kettle", "EUR");
    String word = "zq" + unique();
    long productTeam = team("Kettles " + unique(), "PRODUCT", Set.of(product.areaId()), Set.of(manager.id()));
    long supportTeam = team("Kettle support " + unique(), "SUPPORT", Set.of(), Set.of(agent.id()));
    long bidRule = createRule(lead.api(), rule("Kettle bids", productTeam)
        .add("kinds", Json.createArrayBuilder().add("bid")).add("areaIds", Json.createArrayBuilder().add(product.areaId()))
        .add("priority", "HIGH").add("tags", Json.createArrayBuilder().add("pricing")).add("assignment", "ROUND_ROBIN").build());
    long wordRule = createRule(lead.api(), rule("Broken kettles", supportTeam)
        .add("kinds", Json.createArrayBuilder().add("idea")).add("areaIds", Json.createArrayBuilder().add(product.areaId()))
        .add("textQuery", word + " | " + word + "-broken").add("priority", "URGENT").build());
    long ideaRule = createRule(lead.api(), rule("Kettle ideas", productTeam)
        .add("kinds", Json.createArrayBuilder().add("idea")).add("areaIds", Json.createArrayBuilder().add(product.areaId())).build());

    long bid = placeBid(customer, product.id(), "25.00", 4, "Blue, 1.7 litres");
    long plainIdea = submitIdea(customer, "A kettle that sings", "Whistle when ready", product.areaId());
    long brokenIdea = submitIdea(customer, "Lid " + word.toUpperCase(), "It broke (twice) \"odd\" input: AND OR *", product.areaId());

    JsonObject bidItem = item(lead.api(), "bid", bid);
    assertEquals(bidRule, bidItem.getJsonNumber("routedByRuleId").longValue());
    assertEquals(productTeam, bidItem.getJsonNumber("teamId").longValue());
    assertEquals(manager.id(), bidItem.getJsonNumber("assigneeId").longValue(), "round robin within a team of one");
    assertEquals("HIGH", bidItem.getString("priority"));
    assertEquals(List.of("pricing"), bidItem.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
    assertEquals("OPEN", bidItem.getString("status"));
    assertEquals("bids/" + bid, bidItem.getString("link"));
    assertEquals("Chris Customer", bidItem.getString("customerName"));
    assertTrue(bidItem.getString("title").contains(product.name()), bidItem::toString);

    JsonObject plainItem = item(lead.api(), "idea", plainIdea);
    assertEquals(ideaRule, plainItem.getJsonNumber("routedByRuleId").longValue());
    assertEquals("NEW", plainItem.getString("status"));
    assertEquals("ideas/" + plainIdea, plainItem.getString("link"));

    JsonObject brokenItem = item(lead.api(), "idea", brokenIdea);
    assertEquals(wordRule, brokenItem.getJsonNumber("routedByRuleId").longValue());
    assertEquals(supportTeam, brokenItem.getJsonNumber("teamId").longValue());
    assertEquals("URGENT", brokenItem.getString("priority"));

    Map<Long, Long> dryRun = new HashMap<>();
    Map<Long, Long> routed = new HashMap<>();
    for (JsonValue row : lead.api().get("triage/rules/dry-run").jsonArray()) {
      JsonObject r = row.asJsonObject();
      dryRun.put(r.getJsonNumber("itemId").longValue(), longOrNull(r, "ruleId"));
      routed.put(r.getJsonNumber("itemId").longValue(), longOrNull(r, "routedByRuleId"));
    }
    for (JsonObject item : List.of(bidItem, plainItem, brokenItem)) {
      long id = item.getJsonNumber("id").longValue();
      assertTrue(dryRun.containsKey(id), "the dry run covers the latest submissions");
      assertEquals(item.getJsonNumber("routedByRuleId").longValue(), dryRun.get(id));
      assertEquals(dryRun.get(id), routed.get(id));
    }

    // A draft that drops the words rule would send the broken kettle to the ideas rule.
    List<JsonValue> rows = lead.api().post("triage/rules/dry-run", Json.createArrayBuilder()
        .add(rule("Kettle ideas draft", productTeam).add("kinds", Json.createArrayBuilder().add("idea"))
            .add("areaIds", Json.createArrayBuilder().add(product.areaId())))
        .build()).jsonArray();
    JsonObject draftRow = rows.stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber("itemId").longValue() == brokenItem.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    assertEquals("Kettle ideas draft", draftRow.getString("ruleName"));
  }

  @Test
  void a_ticket_a_sample_request_and_a_sample_feedback_round_are_each_routed_by_the_right_rule() {
    TestProduct product = Catalog.newProduct("Boot", "EUR");
    String word = TriageApi.uniqueWord();
    long supportTeam = team("Boot support " + unique(), "SUPPORT", Set.of(), Set.of(agent.id()));
    long urgentTeam = team("Boot leaks " + unique(), "SUPPORT", Set.of(), Set.of(agent.id()));
    long samplesTeam = team("Boot samples " + unique(), "PRODUCT", Set.of(product.areaId()), Set.of(manager.id()));
    long feedbackTeam = team("Boot research " + unique(), "PRODUCT", Set.of(product.areaId()), Set.of(manager.id()));
    long leakRule = createRule(lead.api(), rule("Leaking boots", urgentTeam).add("kinds", Json.createArrayBuilder().add("ticket"))
        .add("areaIds", Json.createArrayBuilder().add(product.areaId())).add("textQuery", word + " leak*")
        .add("tiers", Json.createArrayBuilder().add("STANDARD")).add("languages", Json.createArrayBuilder().add("en"))
        .add("priority", "URGENT").add("tags", Json.createArrayBuilder().add("water")).build());
    long ticketRule = createRule(lead.api(), rule("Boot tickets", supportTeam).add("kinds", Json.createArrayBuilder().add("ticket"))
        .add("areaIds", Json.createArrayBuilder().add(product.areaId())).build());
    long requestRule = createRule(lead.api(), rule("Boot sample requests", samplesTeam)
        .add("kinds", Json.createArrayBuilder().add("sample-request")).add("areaIds", Json.createArrayBuilder().add(product.areaId())).build());
    long feedbackRule = createRule(lead.api(), rule("Boot sample feedback", feedbackTeam)
        .add("kinds", Json.createArrayBuilder().add("sample-feedback")).add("areaIds", Json.createArrayBuilder().add(product.areaId()))
        .add("priority", "HIGH").build());

    long leaking = ticket(customer, "Boot " + word + " leaks", "Water gets in at the " + word + " seam: leaking", product.areaId());
    long plain = ticket(customer, "Boot laces", "The laces are short", product.areaId());
    JsonObject leakItem = item(lead.api(), "ticket", leaking);
    assertEquals(leakRule, leakItem.getJsonNumber("routedByRuleId").longValue(), "words, tier and language all hold");
    assertEquals(urgentTeam, leakItem.getJsonNumber("teamId").longValue());
    assertEquals("URGENT", leakItem.getString("priority"));
    assertEquals(List.of("water"), leakItem.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
    JsonObject plainItem = item(lead.api(), "ticket", plain);
    assertEquals(ticketRule, plainItem.getJsonNumber("routedByRuleId").longValue());
    assertEquals(supportTeam, plainItem.getJsonNumber("teamId").longValue());

    JsonObject program = SampleFixtures.publish(manager, SampleFixtures.program(product.areaId(), "Trail boot", 5).build());
    long request = SampleFixtures.delivered(manager, customer, program, 1);
    JsonObject requestItem = item(lead.api(), "sample-request", request);
    assertEquals(requestRule, requestItem.getJsonNumber("routedByRuleId").longValue());
    assertEquals(samplesTeam, requestItem.getJsonNumber("teamId").longValue());

    SampleFixtures.assertOk(customer.api().post("samples/requests/" + request + "/feedback", SampleFixtures.fullAnswers(4, "Yes", "Dry feet")));
    JsonObject feedbackItem = TriageApi.only(lead.api(), "triage/inbox?kind=sample-feedback&areaId=" + product.areaId());
    assertEquals(feedbackRule, feedbackItem.getJsonNumber("routedByRuleId").longValue());
    assertEquals(feedbackTeam, feedbackItem.getJsonNumber("teamId").longValue());
    assertEquals("HIGH", feedbackItem.getString("priority"));
  }

  private static long ticket(Person customer, String subject, String description, long areaId) {
    PortalApi.Reply filed = customer.api().post("tickets", Json.createObjectBuilder().add("subject", subject)
        .add("description", description).add("areaId", areaId).build());
    assertEquals(201, filed.status(), filed::toString);
    return filed.json().getJsonNumber("id").longValue();
  }

  @Test
  void a_submission_no_rule_takes_waits_in_the_triage_queue_and_status_changes_follow() {
    TestProduct product = Catalog.newProduct("Toaster", "EUR");
    long idea = submitIdea(customer, "Toaster " + unique(), "Four slots", product.areaId());

    JsonObject item = item(agent.api(), "idea", idea);
    assertTrue(TriageApi.absent(item, "routedByRuleId"));
    assertTrue(TriageApi.absent(item, "teamId"));
    JsonObject queue = agent.api().get("triage/inbox?queue=true&kind=idea&areaId=" + product.areaId()).json();
    assertEquals(1, queue.getInt("total"));

    PortalApi.Reply status = manager.api().post("ideas/" + idea + "/status",
        Json.createObjectBuilder().add("status", "UNDER_REVIEW").add("response", "Looking at it").build());
    assertEquals(200, status.status(), status::toString);
    assertEquals("UNDER_REVIEW", item(agent.api(), "idea", idea, i -> i.getString("status").equals("UNDER_REVIEW")).getString("status"));
  }

  @Test
  void staff_filter_search_and_act_on_items_in_bulk() {
    TestProduct product = Catalog.newProduct("Blender", "EUR");
    String word = "blendo" + unique();
    long first = submitIdea(customer, "Quieter " + word, "Too loud at night", product.areaId());
    long second = submitIdea(customer, "Glass jar", "Plastic smells " + word, product.areaId());
    long third = submitIdea(customer, "Recipe book", "Smoothies", product.areaId());
    long firstItem = item(agent.api(), "idea", first).getJsonNumber("id").longValue();
    long secondItem = item(agent.api(), "idea", second).getJsonNumber("id").longValue();
    item(agent.api(), "idea", third);

    JsonObject all = agent.api().get("triage/inbox?areaId=" + product.areaId() + "&kind=idea").json();
    assertEquals(3, all.getInt("total"));
    assertTrue(all.getBoolean("exact"), "a count below 10,000 is exact");
    JsonObject found = agent.api().get("triage/inbox?areaId=" + product.areaId() + "&q=" + word).json();
    assertEquals(2, found.getJsonArray("items").size(), found::toString);
    JsonObject page = agent.api().get("triage/inbox?areaId=" + product.areaId() + "&max=2&first=2").json();
    assertEquals(1, page.getJsonArray("items").size());

    long team = team("Blenders " + unique(), "PRODUCT", Set.of(product.areaId()), Set.of(manager.id()));
    List<JsonValue> assigned = agent.api().post("triage/inbox/bulk", Json.createObjectBuilder()
        .add("action", "ASSIGN").add("itemIds", Json.createArrayBuilder().add(firstItem).add(secondItem))
        .add("teamId", team).add("assigneeId", manager.id()).build()).jsonArray();
    assertEquals(2, assigned.size());
    assertEquals(2, agent.api().get("triage/inbox?teamId=" + team).json().getInt("total"));
    assertEquals(1, agent.api().get("triage/inbox?areaId=" + product.areaId() + "&unassigned=true").json().getInt("total"));

    PortalApi.Reply tagged = agent.api().post("triage/inbox/" + firstItem + "/actions", Json.createObjectBuilder()
        .add("action", "TAG").add("tags", Json.createArrayBuilder().add("Noise").add("night")).build());
    assertEquals(200, tagged.status(), tagged::toString);
    assertEquals(2, tagged.json().getJsonArray("tags").size());
    assertProblem(400, agent.api().post("triage/inbox/" + firstItem + "/actions", Json.createObjectBuilder()
        .add("action", "TAG").add("tags", Json.createArrayBuilder().add("<b>")).build()));
    assertProblem(400, agent.api().post("triage/inbox/" + firstItem + "/actions", Json.createObjectBuilder().add("action", "PRIORITY").build()));
    assertProblem(400, agent.api().post("triage/inbox/bulk", Json.createObjectBuilder().add("action", "CLOSE").build()));

    PortalApi.Reply closed = agent.api().post("triage/inbox/bulk", Json.createObjectBuilder()
        .add("action", "CLOSE").add("itemIds", Json.createArrayBuilder().add(firstItem).add(secondItem)).build());
    assertEquals(200, closed.status(), closed::toString);
    assertEquals(1, agent.api().get("triage/inbox?areaId=" + product.areaId()).json().getInt("total"));
    assertEquals(2, agent.api().get("triage/inbox?state=CLOSED&areaId=" + product.areaId()).json().getInt("total"));
    assertEquals(0, agent.api().get("triage/inbox?areaId=" + product.areaId() + "&olderThanDays=1").json().getInt("total"));
  }

  @Test
  void confidential_items_are_seen_only_by_their_team_and_by_leads() {
    TestProduct product = Catalog.newProduct("Safe", "EUR");
    Person insider = TestAccounts.inviteStaff("SUPPORT_AGENT", "Ida Insider");
    Person outsider = TestAccounts.inviteStaff("SUPPORT_AGENT", "Otto Outsider");
    long team = team("Security " + unique(), "SUPPORT", Set.of(product.areaId()), Set.of(insider.id()));
    createRule(lead.api(), rule("Security reports", team).add("areaIds", Json.createArrayBuilder().add(product.areaId()))
        .add("confidential", true).build());
    long idea = submitIdea(customer, "Lock can be opened with a magnet", "Details", product.areaId());

    JsonObject item = item(lead.api(), "idea", idea);
    assertTrue(item.getBoolean("confidential"));
    assertEquals(200, insider.api().get("triage/inbox/" + item.getJsonNumber("id")).status());
    assertProblem(404, outsider.api().get("triage/inbox/" + item.getJsonNumber("id")));
    assertEquals(0, outsider.api().get("triage/inbox?areaId=" + product.areaId()).json().getInt("total"));
    assertEquals(1, insider.api().get("triage/inbox?areaId=" + product.areaId()).json().getInt("total"));
    assertEquals(0, outsider.api().get("triage/inbox?q=magnet&areaId=" + product.areaId()).json().getJsonArray("items").size());
  }

  @Test
  void a_rebuild_yields_the_same_inbox_and_brings_back_items_lost_in_a_crash() throws Exception {
    TestProduct product = Catalog.newProduct("Fridge", "EUR");
    long team = team("Fridges " + unique(), "PRODUCT", Set.of(product.areaId()), Set.of(manager.id()));
    long ruleId = createRule(lead.api(), rule("Fridge bids", team).add("kinds", Json.createArrayBuilder().add("bid"))
        .add("areaIds", Json.createArrayBuilder().add(product.areaId())).add("priority", "LOW").build());
    long bid = placeBid(customer, product.id(), "300.00", 1, "Quiet");
    long idea = submitIdea(customer, "Fridge with a window", "See inside", product.areaId());
    PortalApi.Reply filed = customer.api().post("tickets", Json.createObjectBuilder()
        .add("subject", "Fridge door squeaks").add("description", "Since last week").add("areaId", product.areaId()).build());
    assertEquals(201, filed.status(), filed::toString);
    long ticket = filed.json().getJsonNumber("id").longValue();
    JsonObject bidBefore = item(lead.api(), "bid", bid);
    JsonObject ideaBefore = item(lead.api(), "idea", idea);
    JsonObject ticketBefore = item(lead.api(), "ticket", ticket);

    TriageApi.rebuild(Duration.ofMinutes(1));
    assertSameRouting(bidBefore, item(lead.api(), "bid", bid));
    assertSameRouting(ideaBefore, item(lead.api(), "idea", idea));
    assertEquals(ruleId, item(lead.api(), "bid", bid).getJsonNumber("routedByRuleId").longValue());

    // The submissions committed but their inbox items never did, as after a crash between the two.
    try (Connection db = DriverManager.getConnection(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword());
        PreparedStatement delete = db.prepareStatement(
            "delete from triage_item where (kind = 'bid' and submission_id = ?) or (kind = 'idea' and submission_id = ?) or (kind = 'ticket' and submission_id = ?)")) {
      delete.setLong(1, bid);
      delete.setLong(2, idea);
      delete.setLong(3, ticket);
      assertEquals(3, delete.executeUpdate());
    }
    assertProblem(404, lead.api().get("triage/inbox/submissions/bid/" + bid));

    JsonObject progress = TriageApi.rebuild(Duration.ofMinutes(1));
    assertTrue(progress.getJsonNumber("added").longValue() >= 3, progress::toString);
    assertSameRouting(bidBefore, item(lead.api(), "bid", bid));
    assertSameRouting(ideaBefore, item(lead.api(), "idea", idea));
    assertSameRouting(ticketBefore, item(lead.api(), "ticket", ticket));
  }

  private static void assertSameRouting(JsonObject before, JsonObject after) {
    for (String key : List.of("kind", "submissionId", "customerId", "areaId", "title", "summary", "status", "teamId", "routedByRuleId", "priority", "tags", "receivedAt", "confidential")) {
      assertEquals(before.get(key), after.get(key), key);
    }
  }

  @Test
  void only_triage_leads_and_admins_manage_rules_and_customers_get_403() {
    JsonObject anyRule = Json.createObjectBuilder().add("name", "Nothing").build();
    assertProblem(403, agent.api().post("triage/rules", anyRule));
    assertProblem(403, manager.api().get("triage/rules/dry-run"));
    assertProblem(403, customer.api().get("triage/inbox"));
    assertProblem(403, customer.api().get("triage/rules"));
    assertProblem(403, lead.api().post("triage/rebuild", JsonValue.EMPTY_JSON_OBJECT));
    assertProblem(401, PortalApi.anonymous().get("triage/inbox"));
    assertEquals(200, agent.api().get("triage/rules").status());

    assertProblem(400, lead.api().post("triage/rules", Json.createObjectBuilder().add("name", " ").build()));
    assertProblem(400, lead.api().post("triage/rules", Json.createObjectBuilder().add("name", "Only symbols").add("textQuery", "!!! ---").build()));
    assertProblem(404, lead.api().post("triage/rules", Json.createObjectBuilder().add("name", "No team").add("teamId", 987654321).build()));
  }

  @Test
  void rules_are_reordered_and_the_first_match_wins() {
    TestProduct product = Catalog.newProduct("Oven", "EUR");
    long a = team("Ovens A " + unique(), "PRODUCT", Set.of(), Set.of());
    long b = team("Ovens B " + unique(), "PRODUCT", Set.of(), Set.of());
    long ruleA = createRule(lead.api(), rule("Ovens to A", a).add("areaIds", Json.createArrayBuilder().add(product.areaId())).build());
    long ruleB = createRule(lead.api(), rule("Ovens to B", b).add("areaIds", Json.createArrayBuilder().add(product.areaId())).build());

    List<Long> order = new java.util.ArrayList<>(lead.api().get("triage/rules").jsonArray().stream()
        .map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList());
    order.remove(ruleB);
    order.add(order.indexOf(ruleA), ruleB);
    PortalApi.Reply reordered = lead.api().put("triage/rules/order", Json.createObjectBuilder().add("ruleIds", TriageApi.array(order)).build());
    assertEquals(200, reordered.status(), reordered::toString);

    long idea = submitIdea(customer, "Self-cleaning oven", "Pyrolytic", product.areaId());
    assertEquals(ruleB, item(lead.api(), "idea", idea).getJsonNumber("routedByRuleId").longValue());
    assertProblem(400, lead.api().put("triage/rules/order", Json.createObjectBuilder().add("ruleIds", Json.createArrayBuilder().add(ruleA)).build()));

    PortalApi.Reply disabled = lead.api().put("triage/rules/" + ruleB, rule("Ovens to B", b).add("enabled", false)
        .add("areaIds", Json.createArrayBuilder().add(product.areaId())).build());
    assertEquals(200, disabled.status(), disabled::toString);
    long second = submitIdea(customer, "Oven light", "Brighter", product.areaId());
    assertEquals(ruleA, item(lead.api(), "idea", second).getJsonNumber("routedByRuleId").longValue());
    assertEquals(204, lead.api().delete("triage/rules/" + ruleB).status());
    assertFalse(lead.api().get("triage/rules").jsonArray().stream().anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == ruleB));
  }

  @Test
  void a_customers_story_lists_every_submission_in_time_order_with_links() {
    TestProduct product = Catalog.newProduct("Mixer", "EUR");
    Person dana = TestAccounts.registerCustomer("Dana Story");
    long idea = submitIdea(dana, "Mixer with timer", "Stops by itself", product.areaId());
    long bid = placeBid(dana, product.id(), "80.00", 2, "Red");
    item(agent.api(), "idea", idea);
    item(agent.api(), "bid", bid);

    JsonObject story = agent.api().get("triage/customers/" + dana.id() + "/story").json();
    assertEquals("Dana Story", story.getString("name"));
    assertEquals("STANDARD", story.getString("tier"));
    List<String> links = story.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("link")).toList();
    assertEquals(List.of("ideas/" + idea, "bids/" + bid), links);
    assertProblem(403, dana.api().get("triage/customers/" + dana.id() + "/story"));

    // Besides her submissions: a vote, a comment and a rating of support, in the order she gave them.
    long othersIdea = submitIdea(customer, "Mixer with a glass bowl", "To see the dough", product.areaId());
    assertEquals(200, dana.api().put("ideas/" + othersIdea + "/vote", Json.createObjectBuilder().build()).status());
    assertEquals(201, dana.api().post("ideas/" + othersIdea + "/comments", Json.createObjectBuilder().add("body", "Yes, and a lid please").build()).status());
    PortalApi.Reply filed = dana.api().post("tickets", Json.createObjectBuilder().add("subject", "Mixer is loud").add("description", "Very loud").build());
    long ticket = filed.json().getJsonNumber("id").longValue();
    assertEquals(201, agent.api().post("tickets/" + ticket + "/messages", Json.createObjectBuilder().add("body", "Use speed 2.").add("status", "SOLVED").build()).status());
    assertEquals(200, dana.api().put("tickets/" + ticket + "/rating", Json.createObjectBuilder().add("satisfied", true).add("comment", "Quick help").build()).status());

    List<JsonObject> activities = agent.api().get("triage/customers/" + dana.id() + "/story").json().getJsonArray("activities").getValuesAs(JsonObject.class);
    assertEquals(List.of("idea-vote", "idea-comment", "ticket-rating-good"), activities.stream().map(a -> a.getString("kind")).toList(), activities::toString);
    assertEquals("ideas/" + othersIdea, activities.get(0).getString("link"));
    assertEquals("Yes, and a lid please", activities.get(1).getString("detail"));
    assertEquals("tickets/" + ticket, activities.get(2).getString("link"));
    assertEquals("Quick help", activities.get(2).getString("detail"));
  }
}
