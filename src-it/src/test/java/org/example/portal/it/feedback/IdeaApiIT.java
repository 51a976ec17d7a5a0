package org.example.portal.it.feedback;

import static org.example.portal.it.feedback.IdeasApi.idea;
import static org.example.portal.it.feedback.IdeasApi.submit;
import static org.example.portal.it.feedback.IdeasApi.vote;
import static org.example.portal.it.feedback.IdeasApi.votes;
import static org.example.portal.it.support.Problems.assertProblem;
import static org.example.portal.it.support.Problems.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.Mailbox.Mail;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ideas through the REST API: submitting, voting, merging, statuses, privacy of internal comments, search. */
class IdeaApiIT extends DeployedPortal {

  private static Person productManager;
  private static long areaId;

  @BeforeAll
  static void setUp() {
    productManager = TestAccounts.inviteStaff("PRODUCT_MANAGER", "Petra Product");
    areaId = Catalog.newProduct("Idea lamp", "EUR").areaId();
  }

  @Test
  void a_customer_submits_an_idea_that_renders_safely_and_everyone_can_read() {
    Person alice = TestAccounts.registerCustomer("Alice Ideas");
    PortalApi.Reply reply = alice.api().post("ideas", idea("  Offline mode for the mobile app ",
        "Works **without** network.\n\n<script>alert(1)</script> [x](javascript:alert(1))", areaId, "Mobile", "offline"));

    assertEquals(201, reply.status(), reply::toString);
    JsonObject created = reply.json();
    long id = created.getJsonNumber("id").longValue();
    assertEquals("Offline mode for the mobile app", created.getString("title"));
    assertEquals("NEW", created.getString("status"));
    assertEquals(List.of("mobile", "offline"), created.getJsonArray("tags").getValuesAs(JsonString::getString));
    assertTrue(created.getBoolean("following"), "the author follows their own idea");
    assertTrue(created.getBoolean("editable"));
    String html = created.getString("descriptionHtml");
    assertTrue(html.contains("<strong>without</strong>"), html);
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("href=\"javascript"), html);
    assertTrue(reply.header("Location").orElse("").endsWith("/api/v1/ideas/" + id));

    JsonObject anonymous = IdeasApi.get(PortalApi.anonymous(), id);
    assertEquals("Alice Ideas", anonymous.getString("authorName"));
    assertFalse(anonymous.containsKey("weightedVotes") && !anonymous.isNull("weightedVotes"), "priorities are for staff only");
    assertFalse(anonymous.getBoolean("voted"));
  }

  @Test
  void bad_input_is_400_with_a_message_per_field_and_nothing_is_stored() {
    Person bob = TestAccounts.registerCustomer("Bob Typo");
    assertEquals(List.of("title"), fields(assertProblem(400, bob.api().post("ideas", idea("   ", "", areaId)))));
    assertEquals(List.of("title"), fields(assertProblem(400, bob.api().post("ideas", idea("x".repeat(121), "", areaId)))));
    assertEquals(List.of("description"), fields(assertProblem(400, bob.api().post("ideas", idea("Long", "y".repeat(10_001), areaId)))));
    assertEquals(List.of("areaId"), fields(assertProblem(400, bob.api().post("ideas", idea("No area", "", 987_654_321L)))));
    assertEquals(List.of("tags"), fields(assertProblem(400, bob.api().post("ideas", idea("Odd tag", "", areaId, "<b>")))));
    assertProblem(400, bob.api().postRaw("ideas", "{not json"));
    assertEquals(0, bob.api().get("ideas/mine").json().getInt("total"));
    assertEquals(List.of("sort"), fields(assertProblem(400, PortalApi.anonymous().get("ideas?sort=SIDEWAYS"))), "an unknown value names its parameter");
    assertProblem(404, PortalApi.anonymous().get("ideas/not-a-number"));
  }

  @Test
  void one_vote_per_customer_even_when_they_vote_many_times_at_once() throws Exception {
    Person author = TestAccounts.registerCustomer("Author Concurrent");
    Person voter = TestAccounts.registerCustomer("Vera Voter");
    long id = submit(author, "Keyboard shortcuts everywhere", "", areaId);

    int attempts = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<PortalApi.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      replies.add(CompletableFuture.supplyAsync(() -> {
        await(start);
        return voter.api().put("ideas/" + id + "/vote", JsonValue.EMPTY_JSON_OBJECT);
      }));
    }
    start.countDown();
    for (CompletableFuture<PortalApi.Reply> reply : replies) {
      assertEquals(200, reply.get().status(), () -> reply.join().toString());
    }
    assertEquals(1, votes(id));
    assertTrue(IdeasApi.get(voter.api(), id).getBoolean("voted"));

    PortalApi.Reply unvote = voter.api().delete("ideas/" + id + "/vote");
    assertEquals(200, unvote.status(), unvote::toString);
    assertEquals(0, unvote.json().getInt("votes"));
    assertEquals(0, voter.api().delete("ideas/" + id + "/vote").json().getInt("votes"), "un-voting twice changes nothing");
  }

  @Test
  void votes_are_weighted_by_tier_for_staff_and_rice_scores_sort_the_export() {
    Person gold = TestAccounts.registerCustomer("Gold Gus");
    Person standard = TestAccounts.registerCustomer("Standard Stan");
    assertEquals(200, PortalApi.admin().put("admin/accounts/" + gold.id() + "/tier", Json.createObjectBuilder().add("tier", "GOLD").build()).status());
    long id = submit(standard, "Export to spreadsheet " + System.nanoTime(), "", areaId);
    vote(gold, id);
    vote(standard, id);

    PortalApi.Reply prioritised = productManager.api().put("ideas/" + id + "/priority",
        Json.createObjectBuilder().add("impact", 2).add("confidence", 50).add("effort", 2).build());
    assertEquals(200, prioritised.status(), prioritised::toString);
    assertEquals(4, prioritised.json().getInt("weightedVotes"));
    assertEquals(4 * 2 * 0.5 / 2, prioritised.json().getJsonNumber("score").doubleValue(), 1e-9);
    assertEquals(List.of("impact"), fields(assertProblem(400, productManager.api().put("ideas/" + id + "/priority", Json.createObjectBuilder().add("impact", 7).build()))));
    assertProblem(403, standard.api().put("ideas/" + id + "/priority", Json.createObjectBuilder().add("impact", 1).build()));

    PortalApi.Reply csv = productManager.api().get("ideas/export.csv?areaId=" + areaId, "text/csv");
    assertEquals(200, csv.status(), csv::toString);
    String line = csv.body().lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow(() -> new AssertionError(csv.body()));
    assertTrue(line.contains(",2,4,") && line.contains(",2.00,"), line);
    assertProblem(403, standard.api().get("ideas/export.csv", "text/csv"));
  }

  @Test
  void customers_cannot_change_status_see_internal_comments_or_undo_merges() {
    Person carol = TestAccounts.registerCustomer("Carol Curious");
    long id = submit(carol, "Bigger fonts " + System.nanoTime(), "", areaId);

    assertProblem(403, carol.api().post("ideas/" + id + "/status", Json.createObjectBuilder().add("status", "PLANNED").build()));
    assertProblem(403, carol.api().post("ideas/" + id + "/merge", Json.createObjectBuilder().add("targetId", id).build()));
    assertProblem(403, productManager.api().post("ideas/" + id + "/unmerge", JsonValue.EMPTY_JSON_OBJECT));
    assertProblem(401, PortalApi.anonymous().post("ideas", idea("Anonymous", "", areaId)));
    assertProblem(403, productManager.api().post("ideas", idea("Staff do not submit", "", areaId)));
    assertEquals(List.of("internal"), fields(assertProblem(400, carol.api().post("ideas/" + id + "/comments",
        Json.createObjectBuilder().add("body", "sneaky").add("internal", true).build()))));

    assertEquals(201, productManager.api().post("ideas/" + id + "/comments", Json.createObjectBuilder().add("body", "Costly; check with the platform team").add("internal", true).build()).status());
    assertEquals(201, productManager.api().post("ideas/" + id + "/comments", Json.createObjectBuilder().add("body", "Thanks, we are looking at it").build()).status());
    List<String> seenByCustomer = carol.api().get("ideas/" + id + "/comments").jsonArray().getValuesAs(JsonObject.class).stream().map(c -> c.getString("body")).toList();
    List<String> seenByAnonymous = PortalApi.anonymous().get("ideas/" + id + "/comments").jsonArray().getValuesAs(JsonObject.class).stream().map(c -> c.getString("body")).toList();
    List<String> seenByStaff = productManager.api().get("ideas/" + id + "/comments").jsonArray().getValuesAs(JsonObject.class).stream().map(c -> c.getString("body")).toList();
    assertEquals(List.of("Thanks, we are looking at it"), seenByCustomer);
    assertEquals(seenByCustomer, seenByAnonymous);
    assertEquals(2, seenByStaff.size());
    assertEquals(1, IdeasApi.get(carol.api(), id).getInt("comments"), "internal comments are not counted for customers");
  }

  @Test
  void status_changes_are_kept_in_history_lock_editing_and_tell_voters_with_a_working_unsubscribe_link() {
    Person author = TestAccounts.registerCustomer("Dora Author");
    Person voter = TestAccounts.registerCustomer("Vic Voter");
    long id = submit(author, "Dark mode " + System.nanoTime(), "Easier on the eyes", areaId);
    vote(voter, id);

    assertProblem(400, productManager.api().post("ideas/" + id + "/status", Json.createObjectBuilder().add("status", "DECLINED").build()));
    assertProblem(409, productManager.api().post("ideas/" + id + "/status", Json.createObjectBuilder().add("status", "SHIPPED").build()));
    JsonObject planned = IdeasApi.status(productManager, id, "PLANNED", "Coming in the spring release");
    assertEquals("PLANNED", planned.getString("status"));
    assertEquals("Coming in the spring release", planned.getString("officialResponse"));

    assertProblem(409, author.api().put("ideas/" + id, idea("Changed after review", "", areaId)));
    List<JsonObject> history = PortalApi.anonymous().get("ideas/" + id + "/history").jsonArray().getValuesAs(JsonObject.class);
    assertEquals(1, history.size());
    assertEquals("NEW", history.get(0).getString("fromStatus"));
    assertEquals("PLANNED", history.get(0).getString("toStatus"));

    Mail mail = Mailbox.awaitMailTo(voter.email(), "now");
    assertTrue(mail.body().contains("Coming in the spring release"), mail.body());
    assertEquals(1, voter.api().get("ideas/notifications").jsonArray().size());
    Mailbox.awaitMailTo(author.email(), "now");

    Matcher link = Pattern.compile("ideas/unsubscribe\\?token=([^&\\s]+)&idea=" + id).matcher(mail.body());
    assertTrue(link.find(), mail.body());
    String token = link.group(1);
    assertEquals(204, PortalApi.anonymous().post("ideas/unsubscribe", Json.createObjectBuilder().add("token", token).add("ideaId", id).build()).status());
    assertEquals(List.of("token"), fields(assertProblem(400, PortalApi.anonymous().post("ideas/unsubscribe", Json.createObjectBuilder().add("token", "u-forged").add("ideaId", id).build()))));
    IdeasApi.status(productManager, id, "IN_PROGRESS", "Started");
    Mailbox.awaitMailTo(author.email(), "In progress");
    assertEquals(2, voter.api().get("ideas/notifications").jsonArray().size(), "still told in the portal");
    assertEquals(1, Mailbox.mailTo(voter.email()).size(), "but no more e-mail about this idea");
  }

  @Test
  void merging_moves_votes_once_tells_the_voters_and_an_admin_can_undo_it() {
    Person both = TestAccounts.registerCustomer("Both Voter");
    Person onlyDuplicate = TestAccounts.registerCustomer("Dup Voter");
    Person author = TestAccounts.registerCustomer("Merge Author");
    long target = submit(author, "Calendar sync " + System.nanoTime(), "", areaId);
    long duplicate = submit(author, "Sync with my calendar " + System.nanoTime(), "", areaId);
    vote(both, target);
    vote(both, duplicate);
    vote(onlyDuplicate, duplicate);
    assertEquals(1, votes(target));

    PortalApi.Reply merged = productManager.api().post("ideas/" + duplicate + "/merge", Json.createObjectBuilder().add("targetId", target).build());
    assertEquals(200, merged.status(), merged::toString);
    assertEquals(2, votes(target), "the customer who voted for both keeps one vote");
    JsonObject gone = IdeasApi.get(PortalApi.anonymous(), duplicate);
    assertEquals("MERGED", gone.getString("status"));
    assertEquals(target, gone.getJsonNumber("mergedIntoId").longValue());
    assertTrue(IdeasApi.get(onlyDuplicate.api(), target).getBoolean("voted"));
    assertTrue(IdeasApi.get(onlyDuplicate.api(), target).getInt("followers") >= 1);
    Mailbox.awaitMailTo(onlyDuplicate.email(), "merged");
    assertProblem(409, onlyDuplicate.api().put("ideas/" + duplicate + "/vote", JsonValue.EMPTY_JSON_OBJECT));
    assertProblem(400, productManager.api().post("ideas/" + target + "/merge", Json.createObjectBuilder().add("targetId", target).build()));
    List<Long> board = PortalApi.anonymous().get("ideas?areaId=" + areaId + "&max=100").json().getJsonArray("items").getValuesAs(JsonObject.class)
        .stream().map(i -> i.getJsonNumber("id").longValue()).toList();
    assertTrue(board.contains(target) && !board.contains(duplicate), board::toString);

    PortalApi.Reply undone = PortalApi.admin().post("ideas/" + duplicate + "/unmerge", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, undone.status(), undone::toString);
    assertEquals("NEW", undone.json().getString("status"));
    assertFalse(undone.json().containsKey("mergedIntoId") && !undone.json().isNull("mergedIntoId"));
    assertEquals(2, votes(duplicate));
    assertEquals(1, votes(target));
    assertFalse(IdeasApi.get(onlyDuplicate.api(), target).getBoolean("voted"));
    assertProblem(409, PortalApi.admin().post("ideas/" + duplicate + "/unmerge", JsonValue.EMPTY_JSON_OBJECT));
  }

  @Test
  void similar_ideas_and_board_search_find_by_words_with_highlights_and_hidden_ideas_vanish() {
    Person author = TestAccounts.registerCustomer("Sim Author");
    String word = "zephyrine" + (System.nanoTime() % 100_000);
    long id = submit(author, "Solar charger with " + word + " panels", "Charge the phone in the sun", areaId);

    List<JsonObject> similar = PortalApi.anonymous().get("ideas/similar?title=" + word + "+panel").jsonArray().getValuesAs(JsonObject.class);
    assertEquals(id, similar.get(0).getJsonNumber("id").longValue(), similar::toString);
    assertTrue(similar.get(0).getString("titleHtml").contains("<mark>"), similar::toString);

    JsonObject found = PortalApi.anonymous().get("ideas?q=" + word).json();
    assertEquals(1, found.getInt("total"), found::toString);
    assertTrue(found.getJsonArray("items").getJsonObject(0).getString("titleHtml").contains("<mark>" + word + "</mark>"), found::toString);
    assertEquals(200, PortalApi.anonymous().get("ideas?q=%22unbalanced+(quote+AND+OR+*").status(), "odd search text is just text");

    assertEquals(200, productManager.api().post("ideas/" + id + "/hide", Json.createObjectBuilder().add("reason", "spam").build()).status());
    assertProblem(404, PortalApi.anonymous().get("ideas/" + id));
    assertEquals(0, PortalApi.anonymous().get("ideas?q=" + word).json().getInt("total"));
    assertEquals(200, productManager.api().get("ideas/" + id).status(), "staff still see it");
  }

  @Test
  void shipping_an_idea_puts_it_on_the_roadmap_and_in_the_changelog() {
    Person author = TestAccounts.registerCustomer("Roadmap Author");
    long id = submit(author, "Two-factor sign-in " + System.nanoTime(), "", areaId);
    IdeasApi.status(productManager, id, "PLANNED", "Next quarter");
    assertTrue(PortalApi.anonymous().get("ideas/roadmap").json().getJsonArray("planned").getValuesAs(JsonObject.class).stream()
        .anyMatch(i -> i.getJsonNumber("id").longValue() == id));
    IdeasApi.status(productManager, id, "IN_PROGRESS", "Building it");
    IdeasApi.status(productManager, id, "SHIPPED", "Available in version 5");
    JsonObject latest = PortalApi.anonymous().get("ideas/changelog").jsonArray().getJsonObject(0);
    assertEquals(id, latest.getJsonNumber("ideaId").longValue());
    assertEquals("Available in version 5", latest.getString("announcement"));
  }

  @Test
  void the_openapi_document_describes_the_idea_endpoints() {
    JsonObject paths = PortalApi.anonymous().get("openapi.json").json().getJsonObject("paths");
    for (String path : List.of("/ideas", "/ideas/similar", "/ideas/{id}/vote", "/ideas/{id}/merge", "/ideas/{id}/comments", "/ideas/roadmap")) {
      assertTrue(paths.containsKey(path), () -> path + " missing from " + paths.keySet());
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
