package org.example.portal.it.triage;

import static org.example.portal.it.support.Problems.assertProblem;
import static org.example.portal.it.triage.TriageApi.item;
import static org.example.portal.it.triage.TriageApi.placeBid;
import static org.example.portal.it.triage.TriageApi.submitIdea;
import static org.example.portal.it.triage.TriageApi.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.Catalog.TestProduct;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Duplicate detection across kinds through the REST API: similar items and articles, links, merges and who may. */
class DuplicatesApiIT extends DeployedPortal {

  private static TriageApi.Cast cast;

  @BeforeAll
  static void people() {
    cast = TriageApi.Cast.of("Dora Duplicates", "Simon Support", "Paula Product", "Walter Wineglass");
  }

  private static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  private static long openTicket(Person who, String subject, String description) {
    PortalApi.Reply filed = who.api().post("tickets", Json.createObjectBuilder().add("subject", subject).add("description", description).build());
    assertEquals(201, filed.status(), filed::toString);
    return id(filed.json());
  }

  /** What reads like an item, once it shows what the test waits for: indexes take changes moments after a commit. */
  private static JsonObject similar(PortalApi staff, long itemId, Predicate<JsonObject> until) {
    long deadline = System.currentTimeMillis() + 15_000;
    while (true) {
      PortalApi.Reply reply = staff.get("triage/inbox/" + itemId + "/similar");
      assertEquals(200, reply.status(), reply::toString);
      if (until.test(reply.json()) || System.currentTimeMillis() > deadline) {
        return reply.json();
      }
      TriageApi.sleep(200);
    }
  }

  private static Optional<JsonObject> entry(JsonObject similar, String list, long id) {
    return similar.getJsonArray(list).getValuesAs(JsonObject.class).stream().filter(i -> id(i) == id).findFirst();
  }

  private static List<JsonObject> links(PortalApi staff, long itemId) {
    PortalApi.Reply reply = staff.get("triage/inbox/" + itemId + "/links");
    assertEquals(200, reply.status(), reply::toString);
    return reply.jsonArray().getValuesAs(JsonObject.class);
  }

  private static JsonObject linkForm(long otherId, String type) {
    return Json.createObjectBuilder().add("itemId", otherId).add("type", type).build();
  }

  private static PortalApi.Reply merge(PortalApi staff, long itemId, long intoId) {
    return staff.post("triage/inbox/" + itemId + "/merge", Json.createObjectBuilder().add("intoId", intoId).build());
  }

  @Test
  void an_idea_a_ticket_and_a_help_article_about_the_same_thing_show_as_similar_and_unrelated_items_do_not() {
    TestProduct product = Catalog.newProduct("Dishwasher", "EUR");
    String word = uniqueWord();
    long idea = submitIdea(cast.customer(), "Upper basket for tall " + word + " wine glasses",
        "The dishwasher's upper basket cannot hold tall " + word + " wine glasses.", product.areaId());
    long ticket = openTicket(cast.customer(), "Tall " + word + " wine glasses do not fit the upper basket",
        "My tall " + word + " wine glasses break in the dishwasher basket.");
    long unrelated = submitIdea(cast.customer(), "Quieter drying fan", "The fan hums at night.", product.areaId());
    long article = publishArticle("Washing tall " + word + " wine glasses in the dishwasher",
        "Lay tall " + word + " wine glasses in the upper basket at an angle.");
    long ideaItem = id(item(cast.lead().api(), "idea", idea));
    long ticketItem = id(item(cast.lead().api(), "ticket", ticket));
    long unrelatedItem = id(item(cast.lead().api(), "idea", unrelated));

    JsonObject ofIdea = similar(cast.lead().api(), ideaItem, s -> entry(s, "items", ticketItem).isPresent() && entry(s, "related", article).isPresent());
    JsonObject ticketAsSimilar = entry(ofIdea, "items", ticketItem).orElseThrow(() -> new AssertionError(ofIdea.toString()));
    assertEquals("ticket", ticketAsSimilar.getString("kind"));
    assertEquals("tickets/" + ticket, ticketAsSimilar.getString("link"));
    assertFalse(ticketAsSimilar.getBoolean("mergeInto"), "an idea is never merged into a ticket");
    assertTrue(ticketAsSimilar.getBoolean("mergeHere"), "a ticket is attached to an idea");
    JsonObject articleAsRelated = entry(ofIdea, "related", article).orElseThrow(() -> new AssertionError(ofIdea.toString()));
    assertEquals("article", articleAsRelated.getString("kind"));
    assertEquals("help/article/" + article, articleAsRelated.getString("link"));
    assertTrue(articleAsRelated.getString("title").startsWith("Washing tall"), articleAsRelated::toString);
    assertFalse(entry(ofIdea, "items", ideaItem).isPresent(), "never the item itself");
    assertFalse(entry(ofIdea, "items", unrelatedItem).isPresent(), ofIdea::toString);

    JsonObject ofTicket = similar(cast.agent().api(), ticketItem, s -> entry(s, "items", ideaItem).isPresent());
    assertTrue(entry(ofTicket, "items", ideaItem).isPresent(), ofTicket::toString);
    assertTrue(entry(ofTicket, "items", ideaItem).get().getBoolean("mergeInto"), "an agent attaches the ticket to the idea");
    JsonObject ofUnrelated = similar(cast.lead().api(), unrelatedItem, s -> true);
    assertFalse(entry(ofUnrelated, "items", ticketItem).isPresent(), ofUnrelated::toString);
    assertFalse(entry(ofUnrelated, "related", article).isPresent(), ofUnrelated::toString);

    assertProblem(400, cast.lead().api().get("triage/inbox/" + ideaItem + "/similar?max=0"));
    assertProblem(404, cast.lead().api().get("triage/inbox/987654321/similar"));
  }

  private static long publishArticle(String title, String body) {
    PortalApi admin = PortalApi.admin();
    PortalApi.Reply category = admin.post("kb/admin/categories", Json.createObjectBuilder().add("name", "Duplicates " + uniqueWord()).build());
    assertEquals(201, category.status(), category::toString);
    PortalApi.Reply draft = admin.post("kb/admin/articles", Json.createObjectBuilder()
        .add("categoryId", id(category.json())).add("language", "en").add("title", title).add("body", body).add("internal", false).build());
    assertEquals(201, draft.status(), draft::toString);
    PortalApi.Reply published = admin.post("kb/admin/articles/" + id(draft.json()) + "/publish", Json.createObjectBuilder().build());
    assertEquals(200, published.status(), published::toString);
    return id(draft.json());
  }

  @Test
  void a_link_is_recorded_with_who_and_when_seen_from_both_items_and_removed_from_both() {
    TestProduct product = Catalog.newProduct("Coffee grinder", "EUR");
    String word = uniqueWord();
    long idea = submitIdea(cast.customer(), "Finer " + word + " grind setting", "Espresso needs a finer " + word + " grind.", product.areaId());
    long bid = placeBid(cast.customer(), product.id(), "120.00", 1, "Finer " + word + " grind");
    long ideaItem = id(item(cast.agent().api(), "idea", idea));
    long bidItem = id(item(cast.agent().api(), "bid", bid));

    PortalApi.Reply linked = cast.agent().api().post("triage/inbox/" + ideaItem + "/links", linkForm(bidItem, "DUPLICATE"));
    assertEquals(201, linked.status(), linked::toString);
    assertEquals(bidItem, linked.json().getJsonNumber("itemId").longValue());
    assertEquals("Simon Support", linked.json().getString("linkedByName"));

    JsonObject fromIdea = links(cast.lead().api(), ideaItem).getFirst();
    assertEquals(bidItem, fromIdea.getJsonNumber("itemId").longValue());
    assertEquals("bid", fromIdea.getString("kind"));
    assertEquals("DUPLICATE", fromIdea.getString("type"));
    assertEquals(cast.agent().id(), fromIdea.getJsonNumber("linkedById").longValue());
    assertFalse(fromIdea.getString("linkedAt").isBlank());
    JsonObject fromBid = links(cast.lead().api(), bidItem).getFirst();
    assertEquals(ideaItem, fromBid.getJsonNumber("itemId").longValue());
    assertEquals("DUPLICATE", fromBid.getString("type"));
    assertFalse(entry(similar(cast.lead().api(), ideaItem, s -> true), "items", bidItem).isPresent(), "a linked item is no longer offered as similar");

    assertProblem(409, cast.lead().api().post("triage/inbox/" + bidItem + "/links", linkForm(ideaItem, "RELATED")));
    assertProblem(400, cast.lead().api().post("triage/inbox/" + ideaItem + "/links", linkForm(ideaItem, "RELATED")));
    assertProblem(400, cast.lead().api().post("triage/inbox/" + ideaItem + "/links", Json.createObjectBuilder().add("type", "RELATED").build()));
    assertProblem(400, cast.lead().api().post("triage/inbox/" + ideaItem + "/links", linkForm(bidItem, "MERGED")));
    assertProblem(400, cast.lead().api().post("triage/inbox/" + ideaItem + "/links", linkForm(bidItem, "SIBLING")));
    assertProblem(400, merge(cast.lead().api(), bidItem, ideaItem));
    assertProblem(400, merge(cast.lead().api(), ideaItem, bidItem));
    assertProblem(404, cast.lead().api().post("triage/inbox/" + ideaItem + "/links", linkForm(987654321L, "RELATED")));

    assertEquals(204, cast.lead().api().delete("triage/inbox/" + bidItem + "/links/" + ideaItem).status());
    assertTrue(links(cast.agent().api(), ideaItem).isEmpty());
    assertTrue(links(cast.agent().api(), bidItem).isEmpty());
    assertProblem(404, cast.lead().api().delete("triage/inbox/" + bidItem + "/links/" + ideaItem));
  }

  @Test
  void merging_two_tickets_in_the_inbox_merges_them_in_support_tells_the_customer_and_closes_the_merged_item() {
    Person wanda = TestAccounts.registerCustomer("Wanda Waffle");
    String word = uniqueWord();
    long first = openTicket(wanda, "Waffle iron " + word + " sticks", "The " + word + " waffles stick to the plates.");
    long second = openTicket(wanda, "Waffles " + word + " stick again", "Still sticking " + word + " plates.");
    long firstItem = id(item(cast.agent().api(), "ticket", first));
    long secondItem = id(item(cast.agent().api(), "ticket", second));
    JsonObject offered = similar(cast.agent().api(), firstItem, s -> entry(s, "items", secondItem).isPresent());
    assertTrue(entry(offered, "items", secondItem).orElseThrow(() -> new AssertionError(offered.toString())).getBoolean("mergeInto"));

    assertProblem(400, merge(cast.agent().api(), firstItem, firstItem));
    assertProblem(403, merge(cast.manager().api(), firstItem, secondItem));
    PortalApi.Reply merged = merge(cast.agent().api(), firstItem, secondItem);
    assertEquals(200, merged.status(), merged::toString);
    assertTrue(merged.json().getBoolean("closed"), merged::toString);

    JsonObject ticket = cast.agent().api().get("tickets/" + first).json();
    assertEquals("CLOSED", ticket.getString("status"));
    assertEquals(second, ticket.getJsonNumber("mergedIntoId").longValue());
    Mailbox.Mail mail = Mailbox.awaitMailTo(wanda.email(), "continues in");
    assertTrue(mail.body().contains("/tickets/" + second), mail::body);
    JsonObject closedItem = item(cast.agent().api(), "ticket", first, i -> i.getString("status").equals("CLOSED"));
    assertTrue(closedItem.getBoolean("closed"));

    JsonObject merge = links(cast.agent().api(), secondItem).getFirst();
    assertEquals("MERGED", merge.getString("type"));
    assertEquals(firstItem, merge.getJsonNumber("mergedItemId").longValue());
    assertEquals(firstItem, merge.getJsonNumber("itemId").longValue());
    assertProblem(409, merge(cast.agent().api(), firstItem, secondItem));
    assertProblem(409, cast.agent().api().delete("triage/inbox/" + firstItem + "/links/" + secondItem));
  }

  @Test
  void a_ticket_merged_into_an_idea_is_attached_to_it_and_stays_open() {
    TestProduct product = Catalog.newProduct("Rice cooker", "EUR");
    String word = uniqueWord();
    long idea = submitIdea(cast.customer(), "Rice cooker " + word + " timer", "Start " + word + " cooking later.", product.areaId());
    long ticket = openTicket(cast.customer(), "No " + word + " timer on the rice cooker", "I want it to start " + word + " later.");
    long ideaItem = id(item(cast.agent().api(), "idea", idea));
    long ticketItem = id(item(cast.agent().api(), "ticket", ticket));

    PortalApi.Reply merged = merge(cast.agent().api(), ticketItem, ideaItem);
    assertEquals(200, merged.status(), merged::toString);
    assertFalse(merged.json().getBoolean("closed"), "support still answers the ticket");
    assertEquals(idea, cast.agent().api().get("tickets/" + ticket).json().getJsonNumber("ideaId").longValue());
    assertEquals("MERGED", links(cast.agent().api(), ideaItem).getFirst().getString("type"));
    assertProblem(409, merge(cast.agent().api(), ticketItem, ideaItem));
  }

  @Test
  void staff_outside_a_team_do_not_see_its_confidential_items_among_the_similar() {
    TestProduct product = Catalog.newProduct("Door lock", "EUR");
    String word = uniqueWord();
    Person insider = TestAccounts.inviteStaff("SUPPORT_AGENT", "Ines Insider");
    Person outsider = TestAccounts.inviteStaff("SUPPORT_AGENT", "Oskar Outsider");
    long team = TriageApi.team("Lock security " + word, "SUPPORT", Set.of(product.areaId()), Set.of(insider.id()));
    TriageApi.createRule(cast.lead().api(), TriageApi.rule("Lock reports " + word, team)
        .add("areaIds", Json.createArrayBuilder().add(product.areaId())).add("confidential", true).build());
    long secret = submitIdea(cast.customer(), "Smart " + word + " lock opens with a magnet", "A magnet opens the " + word + " lock.", product.areaId());
    long ticket = openTicket(cast.customer(), "My " + word + " lock opened with a magnet", "Someone opened the " + word + " lock with a magnet.");
    long secretItem = id(item(cast.lead().api(), "idea", secret));
    long ticketItem = id(item(cast.lead().api(), "ticket", ticket));

    assertTrue(entry(similar(cast.lead().api(), ticketItem, s -> entry(s, "items", secretItem).isPresent()), "items", secretItem).isPresent());
    assertTrue(entry(similar(insider.api(), ticketItem, s -> entry(s, "items", secretItem).isPresent()), "items", secretItem).isPresent());
    assertFalse(entry(similar(outsider.api(), ticketItem, s -> true), "items", secretItem).isPresent());
    assertProblem(404, outsider.api().get("triage/inbox/" + secretItem + "/similar"));
    assertProblem(404, outsider.api().post("triage/inbox/" + ticketItem + "/links", linkForm(secretItem, "RELATED")));
  }

  @Test
  void customers_get_403_from_every_duplicate_endpoint() {
    long idea = submitIdea(cast.customer(), "Kettle " + uniqueWord(), "Boils", Catalog.newProduct("Kettle", "EUR").areaId());
    long itemId = id(item(cast.lead().api(), "idea", idea));
    assertProblem(403, cast.customer().api().get("triage/inbox/" + itemId + "/similar"));
    assertProblem(403, cast.customer().api().get("triage/inbox/" + itemId + "/links"));
    assertProblem(403, cast.customer().api().post("triage/inbox/" + itemId + "/links", linkForm(itemId, "RELATED")));
    assertProblem(403, cast.customer().api().delete("triage/inbox/" + itemId + "/links/" + itemId));
    assertProblem(403, merge(cast.customer().api(), itemId, itemId));
    assertProblem(401, PortalApi.anonymous().get("triage/inbox/" + itemId + "/similar"));
  }
}
