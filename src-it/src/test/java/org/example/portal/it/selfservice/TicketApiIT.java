package org.example.portal.it.selfservice;

import static org.example.portal.it.support.Problems.assertProblem;
import static org.example.portal.it.support.Problems.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.Mailbox.Mail;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Support tickets through the REST API: who sees what, internal notes, concurrent edits, attachments, suggestions and e-mail out. */
class TicketApiIT extends DeployedPortal {

  private static Person agent;
  private static Person otherAgent;

  @BeforeAll
  static void staff() {
    agent = TestAccounts.inviteStaff("SUPPORT_AGENT", "Sam Support");
    otherAgent = TestAccounts.inviteStaff("SUPPORT_AGENT", "Olga Other");
  }

  @Test
  void aCustomerSeesOnlyTheirOwnTicketsAndOthersGetNotFound() {
    Person alice = TestAccounts.registerCustomer("Alice Asker");
    Person bob = TestAccounts.registerCustomer("Bob Nosy");

    JsonObject ticket = Tickets.open(alice.api(), "Printer prints blank pages", "Since the update every page is blank.");
    long id = Tickets.id(ticket);

    assertEquals("T-" + id, ticket.getString("number"));
    assertEquals("NEW", ticket.getString("status"));
    assertEquals(200, alice.api().get("tickets/" + id).status());
    assertProblem(404, bob.api().get("tickets/" + id));
    assertProblem(404, bob.api().get("tickets/" + id + "/messages"));
    assertProblem(404, Tickets.reply(bob.api(), id, "Me too", false, null, null));
    assertProblem(404, bob.api().put("tickets/" + id + "/rating", Json.createObjectBuilder().add("satisfied", false).build()));
    assertProblem(404, bob.api().get("tickets/" + id + "/attachments/1"));
    assertTrue(bob.api().get("tickets/mine").jsonArray().isEmpty());
    assertEquals(1, alice.api().get("tickets/mine").jsonArray().size());
    assertProblem(403, alice.api().get("tickets"));
    assertProblem(403, alice.api().put("tickets/" + id, Json.createObjectBuilder().add("version", 0).add("status", "SOLVED").build()));
    assertProblem(401, PortalApi.anonymous().get("tickets/" + id));
    assertEquals(200, agent.api().get("tickets/" + id).status());
  }

  @Test
  void internalNotesNeverReachTheCustomerThroughAnyChannel() {
    Person carol = TestAccounts.registerCustomer("Carol Customer");
    long id = Tickets.id(Tickets.open(carol.api(), "Invoice shows the wrong VAT", "Invoice 4711 has 19% instead of 7%."));
    String secret = "secret" + Tickets.uniqueWord();

    assertEquals(201, Tickets.reply(agent.api(), id, "Customer is a reseller, " + secret + " discount applies", true, null, null).status());
    PortalApi.Reply publicReply = Tickets.reply(agent.api(), id, "We are correcting the invoice.", false, null, null);
    assertEquals(201, publicReply.status(), publicReply::toString);
    assertEquals("PENDING_CUSTOMER", publicReply.json().getString("status"));

    String asCustomer = carol.api().get("tickets/" + id).body();
    assertFalse(asCustomer.contains(secret), asCustomer);
    assertFalse(asCustomer.contains("INTERNAL"), asCustomer);
    assertTrue(asCustomer.contains("We are correcting the invoice."), asCustomer);
    assertFalse(carol.api().get("tickets/" + id + "/messages").body().contains(secret));
    assertFalse(carol.api().get("tickets/mine").body().contains(secret));
    assertTrue(agent.api().get("tickets/" + id).body().contains(secret), "staff see the note");

    Mail reply = Mailbox.awaitMailTo(carol.email(), "New reply");
    assertTrue(reply.subject().contains("[T-" + id + "]"), reply::subject);
    assertTrue(reply.body().contains("We are correcting the invoice."), reply::body);
    assertTrue(Mailbox.mailTo(carol.email()).stream().noneMatch(m -> m.body().contains(secret) || m.subject().contains(secret)), "no mail carries the note");

    JsonObject refused = assertProblem(400, Tickets.reply(carol.api(), id, "I want to write a note", true, null, null));
    assertTrue(fields(refused).contains("internal"), refused::toString);
    // A file that came with a note is internal too: the customer neither sees it nor can fetch it.
    PortalApi.Reply file = agent.api().postBytes("tickets/" + id + "/attachments?fileName=notes.txt&internal=true", "text/plain", (secret + " details").getBytes(StandardCharsets.UTF_8));
    assertEquals(201, file.status(), file::toString);
    long fileId = file.json().getJsonNumber("id").longValue();
    assertFalse(carol.api().get("tickets/" + id).body().contains("notes.txt"));
    assertProblem(404, carol.api().get("tickets/" + id + "/attachments/" + fileId, "*/*"));
    assertEquals(200, agent.api().get("tickets/" + id + "/attachments/" + fileId, "*/*").status());
  }

  @Test
  void twoAgentsChangingOneTicketNeverOverwriteEachOtherSilently() throws Exception {
    Person dave = TestAccounts.registerCustomer("Dave Double");
    long id = Tickets.id(Tickets.open(dave.api(), "App crashes on start", "Version 3.2 crashes right away."));
    long seen = Tickets.version(agent.api(), id);

    PortalApi.Reply first = agent.api().put("tickets/" + id, Json.createObjectBuilder().add("version", seen).add("priority", "HIGH").build());
    assertEquals(200, first.status(), first::toString);
    JsonObject stale = assertProblem(409, otherAgent.api().put("tickets/" + id, Json.createObjectBuilder().add("version", seen).add("status", "SOLVED").build()));
    assertTrue(stale.getString("detail").contains("changed by someone else"), stale::toString);
    assertTrue(stale.getString("detail").contains("Reload the ticket"), stale::toString);
    assertProblem(409, Tickets.reply(otherAgent.api(), id, "Fixed in 3.3", false, "SOLVED", seen));
    JsonObject now = agent.api().get("tickets/" + id).json();
    assertEquals("HIGH", now.getString("priority"));
    assertEquals("NEW", now.getString("status"));

    // At the same instant: exactly one of two changes against the same version goes through.
    long version = Tickets.version(agent.api(), id);
    List<CompletableFuture<PortalApi.Reply>> both = new ArrayList<>();
    for (Person who : List.of(agent, otherAgent)) {
      both.add(CompletableFuture.supplyAsync(() -> who.api().put("tickets/" + id, Json.createObjectBuilder().add("version", version).add("priority", who == agent ? "URGENT" : "LOW").build())));
    }
    List<Integer> statuses = both.stream().map(CompletableFuture::join).map(PortalApi.Reply::status).sorted().toList();
    assertEquals(List.of(200, 409), statuses);
  }

  @Test
  void aSolvedTicketIsRatedAndReopenedByTheCustomersAnswer() {
    Person erin = TestAccounts.registerCustomer("Erin Rater");
    long id = Tickets.id(Tickets.open(erin.api(), "Password reset mail missing", "No mail arrives."));
    assertProblem(409, erin.api().put("tickets/" + id + "/rating", Json.createObjectBuilder().add("satisfied", true).build()));

    PortalApi.Reply solved = Tickets.reply(agent.api(), id, "Your mail server rejected it; we whitelisted us.", false, "SOLVED", null);
    assertEquals("SOLVED", solved.json().getString("status"));
    assertTrue(Mailbox.awaitMailTo(erin.email(), "New reply").body().contains("Solved"));
    PortalApi.Reply rated = erin.api().put("tickets/" + id + "/rating", Json.createObjectBuilder().add("satisfied", true).add("comment", "Quick and kind").build());
    assertEquals(200, rated.status(), rated::toString);
    assertTrue(rated.json().getJsonObject("rating").getBoolean("satisfied"));
    assertEquals("MET", rated.json().getJsonObject("sla").getString("state"));

    PortalApi.Reply again = Tickets.reply(erin.api(), id, "It happened again today.", false, null, null);
    assertEquals("OPEN", again.json().getString("status"));
    assertProblem(409, agent.api().put("tickets/" + id, Json.createObjectBuilder().add("version", Tickets.version(agent.api(), id)).add("status", "NEW").build()));
  }

  @Test
  void invalidInputIsAProblemWithTheFieldNotAServerError() {
    Person fay = TestAccounts.registerCustomer("Fay Form");
    JsonObject problem = assertProblem(400, fay.api().post("tickets", Json.createObjectBuilder().add("subject", " ").add("description", "x".repeat(20_001)).build()));
    assertTrue(fields(problem).containsAll(List.of("subject", "description")), problem::toString);
    assertProblem(400, fay.api().post("tickets", Json.createObjectBuilder().add("subject", "Hi").add("description", "Urgent!").add("priority", "URGENT").build()));
    assertProblem(400, fay.api().postRaw("tickets", "{not json"));
    assertProblem(404, fay.api().get("tickets/999999999"));
    assertProblem(400, agent.api().put("tickets/999999999", Json.createObjectBuilder().build()));
  }

  @Test
  void attachmentsAreLimitedAndOnlyEverServedAsDownloads() {
    Person gus = TestAccounts.registerCustomer("Gus Files");
    long id = Tickets.id(Tickets.open(gus.api(), "Error log attached", "See the log."));

    PortalApi.Reply added = gus.api().postBytes("tickets/" + id + "/attachments?fileName=" + "..%2Fprinter.log", "text/html", "E42 paper jam".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, added.status(), added::toString);
    assertEquals("printer.log", added.json().getString("fileName"));
    assertEquals("text/plain; charset=UTF-8", added.json().getString("contentType"));
    long fileId = added.json().getJsonNumber("id").longValue();

    PortalApi.Reply download = agent.api().get("tickets/" + id + "/attachments/" + fileId, "*/*");
    assertEquals(200, download.status(), download::toString);
    assertEquals("E42 paper jam", download.body());
    assertTrue(download.header("Content-Disposition").orElse("").startsWith("attachment;"), download::toString);
    assertEquals("nosniff", download.header("X-Content-Type-Options").orElse(""));
    assertTrue(download.header("Content-Security-Policy").orElse("").contains("sandbox"));
    assertTrue(download.contentType().startsWith("text/plain"), download::contentType);

    assertProblem(400, gus.api().postBytes("tickets/" + id + "/attachments?fileName=page.html", "text/html", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
    assertProblem(400, gus.api().postBytes("tickets/" + id + "/attachments?fileName=notes.txt", "text/plain", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
    assertProblem(400, gus.api().postBytes("tickets/" + id + "/attachments?fileName=photo.png", "image/png", "not a png".getBytes(StandardCharsets.UTF_8)));
    byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
    Arrays.fill(tooBig, (byte) 'a');
    JsonObject big = assertProblem(400, gus.api().postBytes("tickets/" + id + "/attachments?fileName=big.txt", "text/plain", tooBig));
    assertTrue(big.toString().contains("larger than 10 MB"), big::toString);
    assertEquals(1, gus.api().get("tickets/" + id).json().getJsonArray("attachments").size());
  }

  @Test
  void publicArticlesAreSuggestedWhileTypingAndDeflectionsAreCounted() {
    String word = Tickets.uniqueWord();
    long article = Tickets.publishArticle("Resetting the " + word + " router", "Hold the reset button of the " + word + " for ten seconds.", false);
    long internal = Tickets.publishArticle("Internal " + word + " escalation", "Call the " + word + " vendor hotline.", true);

    String suggestions = Tickets.awaitSuggestions(word + " router", "\"id\":" + article);
    assertTrue(suggestions.contains("help/article/" + article), suggestions);
    assertFalse(suggestions.contains("\"id\":" + internal), "internal articles are never suggested: " + suggestions);

    Person hal = TestAccounts.registerCustomer("Hal Helped");
    long before = agent.api().get("tickets/deflections/count").json().getJsonNumber("deflections").longValue();
    PortalApi.Reply deflected = hal.api().post("tickets/deflections", Json.createObjectBuilder().add("articleId", article).add("typedText", word + " router").build());
    assertEquals(204, deflected.status(), deflected::toString);
    assertEquals(before + 1, agent.api().get("tickets/deflections/count").json().getJsonNumber("deflections").longValue());
  }

  @Test
  void similarPublicIdeasAreSuggestedAndStaffLinkATicketToOne() {
    String word = Tickets.uniqueWord();
    Person jo = TestAccounts.registerCustomer("Jo Idea");
    long area = Catalog.newProduct("Desk lamp " + word, "EUR").areaId();
    PortalApi.Reply idea = jo.api().post("ideas", Json.createObjectBuilder()
        .add("title", "Dimmable " + word + " lamp").add("description", "Let the " + word + " lamp dim at night.").add("areaId", area).build());
    assertEquals(201, idea.status(), idea::toString);
    long ideaId = idea.json().getJsonNumber("id").longValue();

    String suggestions = Tickets.awaitSuggestions("dimmable " + word, "\"id\":" + ideaId);
    assertTrue(suggestions.contains("ideas/" + ideaId), suggestions);

    long ticket = Tickets.id(Tickets.open(jo.api(), "My " + word + " lamp is too bright", "Can it dim?"));
    PortalApi.Reply linked = agent.api().put("tickets/" + ticket, Json.createObjectBuilder().add("version", Tickets.version(agent.api(), ticket)).add("ideaId", ideaId).build());
    assertEquals(200, linked.status(), linked::toString);
    assertEquals(ideaId, linked.json().getJsonNumber("ideaId").longValue());
    JsonObject unknown = assertProblem(400, agent.api().put("tickets/" + ticket, Json.createObjectBuilder().add("version", Tickets.version(agent.api(), ticket)).add("ideaId", 999999999).build()));
    assertTrue(fields(unknown).contains("ideaId"), unknown::toString);
  }

  @Test
  void staffWorkTheQueueInBulkWithSlaInformation() {
    Person ivy = TestAccounts.registerCustomer("Ivy Queue");
    String word = Tickets.uniqueWord();
    long a = Tickets.id(Tickets.open(ivy.api(), "Queue " + word + " one", "First."));
    long b = Tickets.id(Tickets.open(ivy.api(), "Queue " + word + " two", "Second."));

    var queue = agent.api().get("tickets?q=" + word + "&sort=OLDEST").jsonArray();
    assertEquals(List.of(a, b), queue.stream().map(t -> t.asJsonObject().getJsonNumber("id").longValue()).toList());
    JsonObject sla = queue.getJsonObject(0).getJsonObject("sla");
    assertTrue(sla.containsKey("firstResponseDue") && sla.containsKey("resolutionDue"), sla::toString);
    assertEquals(1, agent.api().get("tickets?q=T-" + a).jsonArray().size());

    PortalApi.Reply bulk = agent.api().post("tickets/bulk", Json.createObjectBuilder()
        .add("ids", Json.createArrayBuilder().add(a).add(b).add(999999999)).add("status", "OPEN").add("assigneeId", agent.id()).build());
    assertEquals(200, bulk.status(), bulk::toString);
    assertEquals(2, bulk.json().getJsonArray("changed").size());
    assertTrue(bulk.json().getJsonObject("failed").containsKey("999999999"), bulk::toString);
    assertEquals(2, agent.api().get("tickets?mine=true&q=" + word).jsonArray().size());
    assertTrue(Mailbox.awaitMailTo(ivy.email(), "is now Open").subject().contains("[T-"));

    PortalApi.Reply closeUnsolved = agent.api().post("tickets/bulk", Json.createObjectBuilder().add("ids", Json.createArrayBuilder().add(a)).add("status", "CLOSED").build());
    assertTrue(closeUnsolved.json().getJsonArray("changed").isEmpty(), closeUnsolved::toString);

    assertEquals(10, agent.api().get("tickets/sla-policies").jsonArray().size(), "the default policies");
    assertProblem(403, agent.api().put("tickets/sla-policies", Json.createObjectBuilder().add("priority", "LOW").add("firstResponseMinutes", 1).add("resolutionMinutes", 2).build()));
    String canned = agent.api().get("tickets/" + a + "/canned-replies/1", "text/plain").body();
    assertTrue(canned.contains("Ivy Queue") && canned.contains("T-" + a) && canned.contains("Sam Support"), canned);
  }

  @Test
  void adminsSetBusinessHoursAndServiceLevelsAndAgentsKeepTheirCannedReplies() {
    PortalApi admin = PortalApi.admin();
    JsonObject before = agent.api().get("tickets/business-hours").json();
    try {
      assertProblem(403, agent.api().put("tickets/business-hours", hours("Europe/Berlin", "MON-FRI 08:00-16:00", "")));
      assertEquals(List.of("zone"), fields(assertProblem(400, admin.put("tickets/business-hours", hours("Mars/Olympus", "MON-FRI 08:00-16:00", "")))));
      assertEquals(List.of("hours"), fields(assertProblem(400, admin.put("tickets/business-hours", hours("Europe/Berlin", "weekdays", "")))));
      assertEquals(List.of("holidays"), fields(assertProblem(400, admin.put("tickets/business-hours", hours("Europe/Berlin", "MON-FRI 08:00-16:00", "2026-12-24, Christmas")))));
      assertEquals(before, agent.api().get("tickets/business-hours").json(), "a refused change leaves the hours as they were");

      PortalApi.Reply saved = admin.put("tickets/business-hours", hours("Europe/Berlin", "MON-FRI 08:00-16:00", "2026-12-24,2026-12-25"));
      assertEquals(200, saved.status(), saved::toString);
      JsonObject now = agent.api().get("tickets/business-hours").json();
      assertEquals("Europe/Berlin", now.getString("zone"));
      assertEquals("MON-FRI 08:00-16:00", now.getString("hours"));
    } finally {
      admin.put("tickets/business-hours", before);
    }

    JsonObject gold = Json.createObjectBuilder().add("priority", "LOW").add("tier", "GOLD").add("firstResponseMinutes", 60).add("resolutionMinutes", 600).build();
    assertEquals(200, admin.put("tickets/sla-policies", gold).status());
    assertTrue(agent.api().get("tickets/sla-policies").body().contains("\"tier\":\"GOLD\""));
    assertProblem(403, agent.api().delete("tickets/sla-policies?priority=LOW&tier=GOLD"));
    assertEquals(204, admin.delete("tickets/sla-policies?priority=LOW&tier=GOLD").status());
    assertProblem(404, admin.delete("tickets/sla-policies?priority=LOW&tier=GOLD"));
    assertEquals(List.of("priority"), fields(assertProblem(400, admin.delete("tickets/sla-policies?priority=NORMAL"))), "the last fallback stays");
    assertEquals(10, agent.api().get("tickets/sla-policies").jsonArray().size());

    PortalApi.Reply created = agent.api().post("tickets/canned-replies", Json.createObjectBuilder().add("title", "Shipping delay " + Tickets.uniqueWord()).add("body", "Hello {{customer.name}}, it ships soon.").build());
    assertEquals(200, created.status(), created::toString);
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals(List.of("body"), fields(assertProblem(400, agent.api().put("tickets/canned-replies/" + id, Json.createObjectBuilder().add("title", "Shipping delay").add("body", " ").build()))));
    PortalApi.Reply changed = agent.api().put("tickets/canned-replies/" + id, Json.createObjectBuilder().add("title", "Shipping delay").add("body", "Hello {{customer.name}}, it ships on Monday.").build());
    assertEquals("Hello {{customer.name}}, it ships on Monday.", changed.json().getString("body"));
    Person customer = TestAccounts.registerCustomer("Carl Canned");
    assertProblem(403, customer.api().delete("tickets/canned-replies/" + id));
    assertEquals(204, otherAgent.api().delete("tickets/canned-replies/" + id).status());
    assertFalse(agent.api().get("tickets/canned-replies").body().contains("ships on Monday"));
  }

  @Test
  void aTicketBecomesAnIdeaItsCustomerVotedForAndTheCustomerHearsWhenItShips() {
    Person rita = TestAccounts.registerCustomer("Rita Request");
    Person productManager = TestAccounts.inviteStaff("PRODUCT_MANAGER", "Paul Product");
    long areaId = Catalog.newProduct("Request lamp", "EUR").areaId();
    String subject = "Dimmable lamp " + Tickets.uniqueWord();
    long ticket = Tickets.id(Tickets.open(rita.api(), subject, "I would like to dim the lamp in the evening."));

    assertProblem(403, rita.api().post("tickets/" + ticket + "/idea", Json.createObjectBuilder().build()));
    assertEquals(List.of("areaId"), fields(assertProblem(400, agent.api().post("tickets/" + ticket + "/idea", Json.createObjectBuilder().build()))),
        "a ticket without a product area needs one for its idea");
    assertEquals(List.of("title"), fields(assertProblem(400, agent.api().post("tickets/" + ticket + "/idea",
        Json.createObjectBuilder().add("title", "x".repeat(121)).add("areaId", areaId).build()))));
    PortalApi.Reply converted = agent.api().post("tickets/" + ticket + "/idea", Json.createObjectBuilder().add("areaId", areaId).build());
    assertEquals(200, converted.status(), converted::toString);
    long ideaId = converted.json().getJsonNumber("ideaId").longValue();
    assertProblem(409, agent.api().post("tickets/" + ticket + "/idea", Json.createObjectBuilder().add("areaId", areaId).build()));

    JsonObject idea = rita.api().get("ideas/" + ideaId).json();
    assertEquals(subject, idea.getString("title"));
    assertEquals(1, idea.getInt("votes"));
    assertTrue(idea.getBoolean("voted") && idea.getBoolean("following"), idea::toString);
    Mail told = Mailbox.awaitMailTo(rita.email(), "now an idea");
    assertTrue(told.body().contains("/ideas/" + ideaId), told.body());

    for (String status : List.of("PLANNED", "IN_PROGRESS", "SHIPPED")) {
      PortalApi.Reply changed = productManager.api().post("ideas/" + ideaId + "/status", Json.createObjectBuilder().add("status", status).add("response", "Step " + status).build());
      assertEquals(200, changed.status(), changed::toString);
    }
    Mail shipped = Mailbox.awaitMailTo(rita.email(), "Shipped: ");
    assertTrue(shipped.subject().contains("[T-" + ticket + "]") && shipped.body().contains(subject), shipped::toString);
  }

  @Test
  void aSolvedTicketStartsAHelpCentreArticleDraftWithoutItsInternalNotes() {
    Person sven = TestAccounts.registerCustomer("Sven Solved");
    assertEquals(201, PortalApi.admin().post("kb/admin/categories", Json.createObjectBuilder().add("name", "From tickets " + Tickets.uniqueWord()).build()).status());
    String subject = "Router blinks red " + Tickets.uniqueWord();
    long ticket = Tickets.id(Tickets.open(sven.api(), subject, "The router blinks red after the update."));
    assertEquals(201, Tickets.reply(agent.api(), ticket, "Warehouse log shows a faulty batch.", true, null, null).status());
    assertProblem(409, agent.api().post("tickets/" + ticket + "/article", Json.createObjectBuilder().build()));
    assertEquals(201, Tickets.reply(agent.api(), ticket, "Hold the reset button for ten seconds.", false, "SOLVED", null).status());

    assertProblem(403, sven.api().post("tickets/" + ticket + "/article", Json.createObjectBuilder().build()));
    PortalApi.Reply started = agent.api().post("tickets/" + ticket + "/article", Json.createObjectBuilder().build());
    assertEquals(200, started.status(), started::toString);
    long article = started.json().getJsonNumber("id").longValue();
    assertEquals("kb/manage/article/" + article, started.json().getString("editorPath"));

    JsonObject draft = agent.api().get("kb/admin/articles/" + article).json();
    assertEquals(subject, draft.getString("title"));
    assertEquals("DRAFT", draft.getString("status"));
    String body = draft.getString("body");
    assertTrue(body.contains("The router blinks red after the update.") && body.contains("Hold the reset button for ten seconds."), body);
    assertFalse(body.contains("Warehouse log"), "internal notes never go into an article: " + body);
    assertProblem(404, PortalApi.anonymous().get("kb/articles/" + article));
  }

  private static JsonObject hours(String zone, String hours, String holidays) {
    return Json.createObjectBuilder().add("zone", zone).add("hours", hours).add("holidays", holidays).build();
  }
}
