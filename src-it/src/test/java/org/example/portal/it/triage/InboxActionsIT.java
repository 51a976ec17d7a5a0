package org.example.portal.it.triage;

import static org.example.portal.it.support.Problems.assertEveryErrorHasAMessage;
import static org.example.portal.it.support.Problems.assertProblem;
import static org.example.portal.it.support.Problems.fields;
import static org.example.portal.it.triage.TriageApi.createRule;
import static org.example.portal.it.triage.TriageApi.item;
import static org.example.portal.it.triage.TriageApi.rule;
import static org.example.portal.it.triage.TriageApi.submitIdea;
import static org.example.portal.it.triage.TriageApi.team;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Set;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.Catalog.TestProduct;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What staff do to inbox items beyond routing: tags added and taken away in bulk, assignment within a team, what
 * a customer's story shows to staff outside a confidential team, and input that is refused with a readable 400.
 */
class InboxActionsIT extends DeployedPortal {

  private static Person lead;
  private static Person agent;
  private static Person customer;

  @BeforeAll
  static void people() {
    TriageApi.Cast cast = TriageApi.Cast.of("Tara Tags", "Alan Agent", "Mona Manager", "Cora Customer");
    lead = cast.lead();
    agent = cast.agent();
    customer = cast.customer();
  }

  @Test
  void tagging_many_items_adds_to_the_tags_their_rule_set_and_untagging_takes_them_away() {
    TestProduct product = Catalog.newProduct("Lamp", "EUR");
    long team = team("Lamps " + TriageApi.uniqueWord(), "PRODUCT", Set.of(product.areaId()), Set.of(agent.id()));
    createRule(lead.api(), rule("Lamp ideas", team).add("areaIds", Json.createArrayBuilder().add(product.areaId()))
        .add("tags", Json.createArrayBuilder().add("lighting")).build());
    long first = id(item(agent.api(), "idea", submitIdea(customer, "Dimmable lamp", "Softer at night", product.areaId())));
    long second = id(item(agent.api(), "idea", submitIdea(customer, "Lamp with a clock", "Wakes me up", product.areaId())));

    List<JsonObject> tagged = bulk(Json.createObjectBuilder().add("action", "TAG").add("itemIds", ids(first, second))
        .add("tags", Json.createArrayBuilder().add("Bedroom")));
    for (JsonObject item : tagged) {
      assertEquals(Set.of("lighting", "bedroom"), tags(item), item::toString);
      assertEquals("Lamp ideas", item.getString("routedByRuleName"), "the rule that routed it, by name");
    }
    List<JsonObject> untagged = bulk(Json.createObjectBuilder().add("action", "UNTAG").add("itemIds", ids(first, second))
        .add("tags", Json.createArrayBuilder().add("lighting")));
    for (JsonObject item : untagged) {
      assertEquals(Set.of("bedroom"), tags(item), item::toString);
    }

    assertEquals(List.of("tags"), fields(assertProblem(400, agent.api().post("triage/inbox/bulk", Json.createObjectBuilder()
        .add("action", "TAG").add("itemIds", ids(first)).add("tags", Json.createArrayBuilder()).build()))));
    JsonArrayBuilder eleven = Json.createArrayBuilder();
    for (int i = 0; i < 11; i++) {
      eleven.add("tag-" + i);
    }
    assertEquals(List.of("tags"), fields(assertProblem(400, agent.api().post("triage/inbox/bulk", Json.createObjectBuilder()
        .add("action", "TAG").add("itemIds", ids(first)).add("tags", eleven).build()))));
    assertEquals(Set.of("bedroom"), tags(agent.api().get("triage/inbox/" + first).json()), "a refused action changes nothing");
  }

  @Test
  void a_person_is_assigned_with_their_team_and_an_item_never_loses_its_team_to_a_bare_person() {
    TestProduct product = Catalog.newProduct("Desk", "EUR");
    long team = team("Desks " + TriageApi.uniqueWord(), "PRODUCT", Set.of(product.areaId()), Set.of(agent.id()));
    createRule(lead.api(), rule("Desk ideas", team).add("areaIds", Json.createArrayBuilder().add(product.areaId())).build());
    long item = id(item(agent.api(), "idea", submitIdea(customer, "Standing desk", "Higher", product.areaId())));

    JsonObject refused = assertProblem(400, lead.api().post("triage/inbox/" + item + "/actions", Json.createObjectBuilder()
        .add("action", "ASSIGN").add("assigneeId", agent.id()).build()));
    assertEquals(List.of("teamId"), fields(refused));
    assertEquals(team, lead.api().get("triage/inbox/" + item).json().getJsonNumber("teamId").longValue());

    JsonObject assigned = lead.api().post("triage/inbox/" + item + "/actions", Json.createObjectBuilder()
        .add("action", "ASSIGN").add("teamId", team).add("assigneeId", agent.id()).build()).json();
    assertEquals(agent.id(), assigned.getJsonNumber("assigneeId").longValue());
    assertEquals(team, assigned.getJsonNumber("teamId").longValue());
  }

  @Test
  void staff_outside_a_confidential_team_see_neither_its_ticket_nor_the_customers_rating_of_it_in_the_story() {
    String word = TriageApi.uniqueWord();
    Person insider = TestAccounts.inviteStaff("SUPPORT_AGENT", "Iris Insider");
    Person outsider = TestAccounts.inviteStaff("SUPPORT_AGENT", "Oscar Outsider");
    Person rated = TestAccounts.registerCustomer("Rita Rating");
    long team = team("Fraud " + word, "SUPPORT", Set.of(), Set.of(insider.id()));
    createRule(lead.api(), rule("Fraud reports " + word, team).add("kinds", Json.createArrayBuilder().add("ticket"))
        .add("textQuery", word).add("confidential", true).build());
    long ticket = rated.api().post("tickets", Json.createObjectBuilder().add("subject", "Card used twice " + word)
        .add("description", "Someone paid with my " + word + " card").build()).json().getJsonNumber("id").longValue();
    assertTrue(item(lead.api(), "ticket", ticket).getBoolean("confidential"));
    assertEquals(201, insider.api().post("tickets/" + ticket + "/messages", Json.createObjectBuilder()
        .add("body", "Blocked the card.").add("status", "SOLVED").build()).status());
    assertEquals(200, rated.api().put("tickets/" + ticket + "/rating", Json.createObjectBuilder()
        .add("satisfied", true).add("comment", "Card " + word + " blocked fast").build()).status());

    JsonObject seenInside = insider.api().get("triage/customers/" + rated.id() + "/story").json();
    assertEquals(List.of("tickets/" + ticket), links(seenInside, "items"));
    assertEquals(List.of("tickets/" + ticket), links(seenInside, "activities"));
    JsonObject seenOutside = outsider.api().get("triage/customers/" + rated.id() + "/story").json();
    assertEquals(List.of(), links(seenOutside, "items"));
    assertEquals(List.of(), links(seenOutside, "activities"), "the rating names the confidential ticket");
  }

  @Test
  void what_a_person_can_type_into_rules_bulk_actions_and_filters_is_refused_with_a_readable_400() {
    TestProduct product = Catalog.newProduct("Chair", "EUR");
    long team = team("Chairs " + TriageApi.uniqueWord(), "PRODUCT", Set.of(product.areaId()), Set.of(agent.id()));

    for (String field : List.of("kinds", "areaIds", "tiers", "languages", "tags")) {
      JsonObject problem = assertProblem(400, lead.api().post("triage/rules", rule("Nulls", team).add(field, Json.createArrayBuilder().addNull()).build()));
      assertEveryErrorHasAMessage(problem);
    }
    assertEquals(List.of("kinds"), fields(assertProblem(400, lead.api().post("triage/rules",
        rule("Orders", team).add("kinds", Json.createArrayBuilder().add("order")).build()))));
    assertEveryErrorHasAMessage(assertProblem(400, lead.api().post("triage/rules",
        rule("English", team).add("languages", Json.createArrayBuilder().add("English")).build())));
    // Ten tags of thirty characters each are what a rule may add: they are kept, not refused by the database.
    JsonArrayBuilder longTags = Json.createArrayBuilder();
    for (int i = 0; i < 10; i++) {
      longTags.add(("t" + i + "-").repeat(10).substring(0, 30));
    }
    long tagged = createRule(lead.api(), rule("Many tags", team).add("kinds", Json.createArrayBuilder().add("idea"))
        .add("areaIds", Json.createArrayBuilder().add(product.areaId())).add("tags", longTags).build());
    assertEquals(204, lead.api().delete("triage/rules/" + tagged).status());

    assertProblem(400, lead.api().post("triage/rules/dry-run", Json.createArrayBuilder().addNull().build()));
    assertProblem(400, agent.api().post("triage/inbox/bulk", Json.createObjectBuilder().add("action", "CLOSE").add("itemIds", Json.createArrayBuilder().addNull()).build()));
    assertProblem(400, agent.api().get("triage/inbox?q=chair&first=2147483600"));
    assertProblem(400, agent.api().get("triage/inbox?olderThanDays=3000000"));
    assertProblem(400, agent.api().get("triage/dashboard?to=%2B999999999-12-31"));
  }

  private static List<JsonObject> bulk(jakarta.json.JsonObjectBuilder action) {
    PortalApi.Reply reply = agent.api().post("triage/inbox/bulk", action.build());
    assertEquals(200, reply.status(), reply::toString);
    return reply.jsonArray().getValuesAs(JsonObject.class);
  }

  private static JsonArrayBuilder ids(long... ids) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (long id : ids) {
      array.add(id);
    }
    return array;
  }

  private static long id(JsonObject item) {
    return item.getJsonNumber("id").longValue();
  }

  private static Set<String> tags(JsonObject item) {
    return Set.copyOf(item.getJsonArray("tags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
  }

  private static List<String> links(JsonObject story, String list) {
    return story.getJsonArray(list).stream().map(e -> e.asJsonObject().getString("link")).toList();
  }
}
