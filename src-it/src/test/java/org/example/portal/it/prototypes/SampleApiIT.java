package org.example.portal.it.prototypes;

import static org.example.portal.it.prototypes.SampleFixtures.answers;
import static org.example.portal.it.prototypes.SampleFixtures.apply;
import static org.example.portal.it.prototypes.SampleFixtures.assertOk;
import static org.example.portal.it.prototypes.SampleFixtures.await;
import static org.example.portal.it.prototypes.SampleFixtures.delivered;
import static org.example.portal.it.prototypes.SampleFixtures.fullAnswers;
import static org.example.portal.it.prototypes.SampleFixtures.id;
import static org.example.portal.it.prototypes.SampleFixtures.program;
import static org.example.portal.it.prototypes.SampleFixtures.publish;
import static org.example.portal.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.Catalog.TestProduct;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Product samples through the REST API: the quota under concurrent applications, privacy, eligibility,
 * terms versions, required answers, reminders and feedback debt.
 */
class SampleApiIT extends DeployedPortal {

  private static Person manager;
  private static TestProduct product;

  @BeforeAll
  static void team() {
    manager = TestAccounts.inviteStaff("PRODUCT_MANAGER", "Pia Prototype");
    product = Catalog.newProduct("Trail shoe", "EUR");
  }

  @Test
  void fifty_customers_applying_at_once_for_ten_units_get_exactly_ten_approvals() throws Exception {
    JsonObject program = publish(manager, program(product.areaId(), "Quota shoe", 10).add("autoApprove", true).build());
    List<Person> customers = IntStream.range(0, 50).mapToObj(i -> TestAccounts.registerCustomer("Racer " + i)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<PortalApi.Reply>> replies = new ArrayList<>();
      for (Person customer : customers) {
        replies.add(CompletableFuture.supplyAsync(() -> {
          await(start);
          return apply(customer, program);
        }, pool));
      }
      start.countDown();
      List<String> states = new ArrayList<>();
      for (CompletableFuture<PortalApi.Reply> reply : replies) {
        PortalApi.Reply r = reply.get();
        assertEquals(201, r.status(), r::toString);
        states.add(r.json().getString("state"));
      }

      assertEquals(10, states.stream().filter("APPROVED"::equals).count(), states::toString);
      assertEquals(40, states.stream().filter("APPLIED"::equals).count(), states::toString);
    } finally {
      pool.shutdownNow();
    }
    long programId = id(program);
    assertEquals(10, manager.api().get("samples/programs/" + programId + "/requests?state=APPROVED").jsonArray().size());
    assertEquals(10, assertOk(manager.api().get("samples/programs/" + programId + "/results")).getInt("unitsTaken"));
    assertTrue(manager.api().post("samples/programs/" + programId + "/approve-in-order", JsonValue.EMPTY_JSON_OBJECT).jsonArray().isEmpty());
    long waiting = id(manager.api().get("samples/programs/" + programId + "/requests?state=APPLIED").jsonArray().getJsonObject(0));
    assertTrue(assertProblem(409, manager.api().post("samples/requests/" + waiting + "/approve", JsonValue.EMPTY_JSON_OBJECT))
        .getString("detail").contains("All 10 units"));
    assertEquals("APPLIED", assertOk(manager.api().get("samples/requests/" + waiting)).getString("state"), "a refused approval leaves nothing behind");
  }

  @Test
  void approving_in_order_fills_the_quota_with_the_earliest_applications() {
    JsonObject program = publish(manager, program(product.areaId(), "Order shoe", 2).build());
    List<Long> requests = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      requests.add(id(apply(TestAccounts.registerCustomer("Early " + i), program).json()));
    }

    List<Long> approved = manager.api().post("samples/programs/" + id(program) + "/approve-in-order", JsonValue.EMPTY_JSON_OBJECT)
        .jsonArray().getValuesAs(JsonObject.class).stream().map(SampleFixtures::id).toList();

    assertEquals(requests.subList(0, 2), approved);
    assertEquals("APPLIED", assertOk(manager.api().get("samples/requests/" + requests.get(2))).getString("state"));
  }

  @Test
  void a_customer_reading_another_customers_request_gets_403() {
    JsonObject program = publish(manager, program(product.areaId(), "Private shoe", 5).build());
    Person alice = TestAccounts.registerCustomer("Alice Applicant");
    Person bob = TestAccounts.registerCustomer("Bob Nosy");
    PortalApi.Reply applied = apply(alice, program);
    assertEquals(201, applied.status(), applied::toString);
    long request = id(applied.json());
    assertTrue(applied.header("Location").orElse("").endsWith("/api/v1/samples/requests/" + request));
    assertEquals(1, applied.json().getInt("termsVersion"));
    assertTrue(applied.json().containsKey("termsAcceptedAt"));

    assertEquals(200, alice.api().get("samples/requests/" + request).status());
    assertProblem(403, bob.api().get("samples/requests/" + request));
    assertProblem(403, bob.api().get("samples/requests/" + request + "/feedback"));
    assertProblem(403, bob.api().put("samples/requests/" + request + "/feedback", fullAnswers(5, "Yes", "mine now")));
    assertProblem(403, bob.api().get("samples/requests/" + request + "/responses"));
    assertTrue(bob.api().get("samples/requests/mine").jsonArray().isEmpty());
    assertEquals(200, manager.api().get("samples/requests/" + request).status());
  }

  @Test
  void customers_get_403_on_the_product_teams_endpoints_and_anonymous_callers_401() {
    JsonObject program = publish(manager, program(product.areaId(), "Guarded shoe", 5).build());
    Person carol = TestAccounts.registerCustomer("Carol Curious");
    long request = id(apply(carol, program).json());

    assertProblem(403, carol.api().post("samples/programs", program(product.areaId(), "Mine", 1).build()));
    assertProblem(403, carol.api().post("samples/requests/" + request + "/approve", JsonValue.EMPTY_JSON_OBJECT));
    assertProblem(403, carol.api().get("samples/programs/" + id(program) + "/results"));
    assertProblem(403, carol.api().get("samples/programs/" + id(program) + "/requests"));
    assertProblem(403, carol.api().post("samples/reminders/run", JsonValue.EMPTY_JSON_OBJECT));
    assertProblem(403, manager.api().post("samples/requests", Json.createObjectBuilder().add("programId", id(program)).build()));
    assertProblem(401, PortalApi.anonymous().get("samples/programs"));
  }

  @Test
  void the_openapi_document_describes_the_sample_endpoints() {
    JsonObject paths = PortalApi.anonymous().get("openapi.json").json().getJsonObject("paths");

    for (String path : List.of("/samples/programs", "/samples/requests", "/samples/requests/{id}/feedback", "/samples/programs/{id}/results", "/samples/debt")) {
      assertTrue(paths.containsKey(path), () -> path + " missing from " + paths.keySet());
    }
  }

  @Test
  void an_application_must_accept_the_current_terms() {
    JsonObject program = publish(manager, program(product.areaId(), "Terms shoe", 5).build());
    Person dora = TestAccounts.registerCustomer("Dora Diligent");

    JsonObject refused = assertProblem(400, dora.api().post("samples/requests", Json.createObjectBuilder()
        .add("programId", id(program)).add("acceptTerms", false).add("termsVersion", 1).build()));
    assertTrue(refused.toString().contains("acceptTerms"), refused::toString);

    JsonObject changed = Json.createObjectBuilder(program(product.areaId(), "Terms shoe", 5).build())
        .add("terms", "Do not resell. Return the sample on request.").build();
    assertEquals(2, assertOk(manager.api().put("samples/programs/" + id(program), changed)).getInt("termsVersion"));
    assertTrue(assertProblem(409, apply(dora, program)).getString("detail").contains("version 2"));
    JsonObject current = assertOk(dora.api().get("samples/programs/" + id(program)));
    assertEquals(201, apply(dora, current).status());
    assertProblem(409, apply(dora, current));
  }

  @Test
  void eligibility_by_tier_invitation_and_active_area() {
    Person erin = TestAccounts.registerCustomer("Erin Eager");
    JsonObject gold = publish(manager, program(product.areaId(), "Gold shoe", 5).add("eligibleTiers", Json.createArrayBuilder().add("GOLD")).build());
    JsonObject invited = publish(manager, program(product.areaId(), "Secret shoe", 5).add("invitationOnly", true).build());
    TestProduct other = Catalog.newProduct("Jacket", "EUR");
    JsonObject areaOnly = publish(manager, program(product.areaId(), "Area shoe", 5)
        .add("eligibleAreaIds", Json.createArrayBuilder().add(other.areaId())).build());

    JsonObject listed = erin.api().get("samples/programs").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(p -> id(p) == id(gold)).findFirst().orElseThrow();
    assertFalse(listed.getBoolean("eligible"));
    assertTrue(listed.getString("whyNotEligible").contains("gold"), listed::toString);
    assertTrue(assertProblem(409, apply(erin, gold)).getString("detail").contains("gold"));
    assertEquals(200, PortalApi.admin().put("admin/accounts/" + erin.id() + "/tier", Json.createObjectBuilder().add("tier", "GOLD").build()).status());
    assertEquals(201, apply(erin, gold).status());

    assertTrue(assertProblem(409, apply(erin, invited)).getString("detail").contains("invitation"));
    assertEquals(1, assertOk(manager.api().post("samples/programs/" + id(invited) + "/invitations",
        Json.createObjectBuilder().add("customerIds", Json.createArrayBuilder().add(erin.id())).build())).getInt("added"));
    assertEquals(201, apply(erin, invited).status());

    assertProblem(409, apply(erin, areaOnly));
    JsonObject inOtherArea = publish(manager, program(other.areaId(), "Jacket sample", 5).build());
    assertEquals(201, apply(erin, inOtherArea).status(), "applying makes her active in the jacket's area");
    assertEquals(201, apply(erin, areaOnly).status());
  }

  @Test
  void missing_required_answers_are_400_naming_each_question_and_a_draft_can_be_finished_later() {
    JsonObject program = publish(manager, program(product.areaId(), "Feedback shoe", 5).build());
    Person finn = TestAccounts.registerCustomer("Finn Feedback");
    long request = delivered(manager, finn, program, 1);
    assertTrue(Mailbox.awaitMailTo(finn.email(), "has shipped").body().contains("JD" + request));

    JsonObject draft = assertOk(finn.api().put("samples/requests/" + request + "/feedback",
        answers(Map.of(4, Json.createObjectBuilder().add("text", "The laces are too short")))));
    assertFalse(draft.getBoolean("submitted"));
    assertEquals("The laces are too short", assertOk(finn.api().get("samples/requests/" + request + "/feedback"))
        .getJsonArray("answers").getJsonObject(0).getString("text"));

    JsonObject problem = assertProblem(400, finn.api().post("samples/requests/" + request + "/feedback",
        answers(Map.of(2, Json.createObjectBuilder().add("choices", Json.createArrayBuilder().add("Road"))))));
    String detail = problem.getString("detail");
    assertTrue(detail.contains("question 1 (How comfortable is it?)"), detail);
    assertTrue(detail.contains("question 3 (Would you buy it?)"), detail);
    assertFalse(detail.contains("question 2"), detail);
    assertProblem(400, finn.api().post("samples/requests/" + request + "/feedback", answers(Map.of(1, Json.createObjectBuilder().add("rating", 9)))));
    assertEquals("DELIVERED", assertOk(finn.api().get("samples/requests/" + request)).getString("state"));

    JsonObject sent = assertOk(finn.api().post("samples/requests/" + request + "/feedback", fullAnswers(4, "Yes", "Grippy on wet rock")));
    assertTrue(sent.getBoolean("submitted"));
    assertEquals("FEEDBACK_RECEIVED", assertOk(finn.api().get("samples/requests/" + request)).getString("state"));
    assertProblem(409, finn.api().post("samples/requests/" + request + "/feedback", fullAnswers(5, "Yes", "again")));

    JsonObject results = assertOk(manager.api().get("samples/programs/" + id(program) + "/results"));
    assertEquals(1.0, results.getJsonNumber("responseRate").doubleValue());
    JsonObject rating = results.getJsonArray("questions").getJsonObject(0);
    assertEquals(4.0, rating.getJsonNumber("average").doubleValue());
    assertEquals(1, rating.getJsonObject("distribution").getInt("4"));
    assertEquals(1, results.getJsonArray("questions").getJsonObject(2).getJsonObject("distribution").getInt("Yes"));
    assertEquals(1, manager.api().get("samples/programs/" + id(program) + "/answers/4?q=wet%20grippy").jsonArray().size());
    assertEquals(0, manager.api().get("samples/programs/" + id(program) + "/answers/4?q=laces").jsonArray().size());
    // Full-text search: "rocks" finds "rock" by its stem, and the match is marked.
    JsonObject found = manager.api().get("samples/programs/" + id(program) + "/answers/4?q=rocks").jsonArray().getJsonObject(0);
    assertEquals("Grippy on wet rock", found.getString("text"));
    assertTrue(found.getString("highlighted").contains("<mark>rock</mark>"), found::toString);
    assertEquals(0, manager.api().get("samples/programs/" + id(program) + "/answers/1?q=rocks").jsonArray().size(), "only the question asked");
    assertEquals(403, finn.api().get("samples/programs/" + id(program) + "/answers/4?q=rocks").status());
    PortalApi.Reply csv = manager.api().get("samples/programs/" + id(program) + "/results.csv", "text/csv");
    assertEquals(200, csv.status(), csv::toString);
    assertTrue(csv.body().contains(",Grippy on wet rock"), csv::body);
  }

  @Test
  void overdue_feedback_blocks_new_samples_naming_what_to_give_and_reminders_go_out_once() throws Exception {
    JsonObject first = publish(manager, program(product.areaId(), "Late shoe", 5).build());
    JsonObject second = publish(manager, program(product.areaId(), "Next shoe", 5).build());
    Person gus = TestAccounts.registerCustomer("Gus Late");
    Person hana = TestAccounts.registerCustomer("Hana Soon");
    long late = delivered(manager, gus, first, 20);
    long soon = delivered(manager, hana, first, 12);

    // The job also runs every minute by itself; either run may be the one that sends.
    assertOk(PortalApi.admin().post("samples/reminders/run", JsonValue.EMPTY_JSON_OBJECT));
    assertEquals("OVERDUE", assertOk(gus.api().get("samples/requests/" + late)).getString("state"));
    assertEquals("FEEDBACK_DUE", assertOk(hana.api().get("samples/requests/" + soon)).getString("state"));
    assertTrue(Mailbox.awaitMailTo(gus.email(), "is overdue").body().contains("cannot apply"));
    assertTrue(Mailbox.awaitMailTo(hana.email(), "Reminder:").subject().contains("is due"));

    assertOk(PortalApi.admin().post("samples/reminders/run", JsonValue.EMPTY_JSON_OBJECT));
    Thread.sleep(3000);
    assertEquals(1, Mailbox.mailTo(gus.email()).stream().filter(m -> m.subject().contains("is overdue")).count(), "each reminder goes out once");
    assertEquals(1, Mailbox.mailTo(hana.email()).stream().filter(m -> m.subject().startsWith("Reminder:")).count(), "each reminder goes out once");

    JsonObject debt = assertOk(gus.api().get("samples/debt"));
    assertTrue(debt.getBoolean("inDebt"));
    assertEquals(late, debt.getJsonArray("items").getJsonObject(0).getJsonNumber("requestId").longValue());
    assertEquals(1, assertOk(manager.api().get("samples/programs/" + id(first) + "/results")).getInt("overdue"));
    String detail = assertProblem(409, apply(gus, second)).getString("detail");
    assertTrue(detail.contains("round 1 of your feedback on " + first.getString("name")) && detail.contains("request " + late), detail);

    assertOk(gus.api().post("samples/requests/" + late + "/feedback", fullAnswers(2, "No", "Too narrow")));
    assertFalse(assertOk(gus.api().get("samples/debt")).getBoolean("inDebt"));
    assertEquals(201, apply(gus, second).status());
    assertEquals(0, assertOk(manager.api().get("samples/programs/" + id(first) + "/results")).getInt("overdue"));
  }

  @Test
  void product_teams_upload_order_and_remove_images_that_are_served_with_caching_headers() {
    JsonObject program = publish(manager, program(product.areaId(), "Picture shoe", 5).build());
    String images = "samples/programs/" + id(program) + "/images";
    PortalApi.Reply first = manager.api().postBytes(images + "?fileName=side.jpg", "image/jpeg", PNG);
    assertEquals(201, first.status(), first::toString);
    assertEquals("image/png", first.json().getString("contentType"), "the type comes from the bytes, not the name");
    PortalApi.Reply second = manager.api().postBytes(images + "?fileName=top.gif", "image/gif", GIF);
    assertEquals(201, second.status(), second::toString);

    String notAnImage = assertProblem(400, manager.api().postBytes(images + "?fileName=logo.png", "image/png", "<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8)))
        .getString("detail");
    assertTrue(notAnImage.contains("logo.png is not a PNG, JPEG, WebP or GIF image"), notAnImage);
    byte[] huge = java.util.Arrays.copyOf(PNG, 2 * 1024 * 1024 + 1);
    String tooLarge = assertProblem(400, manager.api().postBytes(images + "?fileName=huge.png", "image/png", huge)).getString("detail");
    assertTrue(tooLarge.contains("larger than 2 MB"), tooLarge);
    assertProblem(403, TestAccounts.registerCustomer("Ivy Image").api().postBytes(images + "?fileName=mine.png", "image/png", PNG));

    long firstId = id(first.json());
    long secondId = id(second.json());
    PortalApi.Reply order = manager.api().put(images, Json.createObjectBuilder().add("imageIds", Json.createArrayBuilder().add(secondId).add(firstId)).build());
    assertEquals(200, order.status(), order::toString);
    JsonArray reordered = order.jsonArray();
    assertEquals(secondId, id(reordered.getJsonObject(0)));
    assertProblem(400, manager.api().put(images, Json.createObjectBuilder().add("imageIds", Json.createArrayBuilder().add(secondId)).build()));

    Person customer = TestAccounts.registerCustomer("Vera Viewer");
    JsonArray listed = customer.api().get(images).jsonArray();
    assertEquals(List.of(secondId, firstId), listed.stream().map(v -> id(v.asJsonObject())).toList());
    PortalApi.Reply served = customer.api().get(images + "/" + firstId, "image/png");
    assertEquals(200, served.status(), served::toString);
    assertEquals("image/png", served.contentType());
    assertEquals("nosniff", served.header("X-Content-Type-Options").orElse(""));
    assertTrue(served.header("Cache-Control").orElse("").contains("private"), served.header("Cache-Control")::toString);
    String etag = served.header("ETag").orElseThrow();
    assertEquals(304, customer.api().get(images + "/" + firstId, "image/png", "If-None-Match", etag).status());

    assertEquals(204, manager.api().delete(images + "/" + firstId).status());
    assertEquals(404, customer.api().get(images + "/" + firstId, "image/png").status());
    assertEquals(1, customer.api().get(images).jsonArray().size());
  }

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  private static final byte[] GIF = "GIF89a\1\0\1\0".getBytes(StandardCharsets.US_ASCII);

  @Test
  void shipping_for_many_units_comes_from_one_csv_upload() {
    JsonObject program = publish(manager, program(product.areaId(), "Bulk shoe", 5).add("autoApprove", true).build());
    Person ivy = TestAccounts.registerCustomer("Ivy Bulk");
    Person jon = TestAccounts.registerCustomer("Jon Bulk");
    long a = id(apply(ivy, program).json());
    long b = id(apply(jon, program).json());
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    PortalApi.Reply reply = manager.api().postBytes("samples/programs/" + id(program) + "/shipments", "text/csv",
        ("request,carrier,tracking_number,shipped_on,delivered_on\n" + a + ",UPS,1Z999," + today + "," + today + "\n" + b + ",DHL,JD77\n987654321,DHL,X\n")
            .getBytes(StandardCharsets.UTF_8));

    JsonObject report = assertOk(reply);
    assertEquals(2, report.getInt("shipped"));
    assertEquals(1, report.getInt("delivered"));
    assertEquals(1, report.getJsonArray("problems").size(), report::toString);
    assertTrue(report.getJsonArray("problems").getString(0).startsWith("Line 4"), report::toString);
    assertEquals("DELIVERED", assertOk(ivy.api().get("samples/requests/" + a)).getString("state"));
    JsonObject shipped = assertOk(jon.api().get("samples/requests/" + b));
    assertEquals("SHIPPED", shipped.getString("state"));
    assertEquals("JD77", shipped.getString("trackingNumber"));
  }

  @Test
  void the_supporters_of_linked_ideas_are_invited_to_an_invitation_only_program() {
    Person author = TestAccounts.registerCustomer("Kai Author");
    Person voter = TestAccounts.registerCustomer("Lou Voter");
    Person stranger = TestAccounts.registerCustomer("Mo Stranger");
    PortalApi.Reply idea = author.api().post("ideas", Json.createObjectBuilder()
        .add("title", "Waterproof trail shoe " + System.nanoTime()).add("description", "For wet autumn runs").add("areaId", product.areaId()).build());
    assertEquals(201, idea.status(), idea::toString);
    long ideaId = id(idea.json());
    assertEquals(200, voter.api().put("ideas/" + ideaId + "/vote", JsonValue.EMPTY_JSON_OBJECT).status());

    assertProblem(400, manager.api().post("samples/programs", program(product.areaId(), "Unknown idea", 5)
        .add("linkedIdeaIds", Json.createArrayBuilder().add(987_654_321L)).build()));
    JsonObject program = publish(manager, program(product.areaId(), "Idea shoe", 5).add("invitationOnly", true)
        .add("linkedIdeaIds", Json.createArrayBuilder().add(ideaId)).build());
    assertEquals(ideaId, id(program.getJsonArray("linkedIdeas").getJsonObject(0)));
    assertProblem(409, apply(voter, program));

    JsonObject invited = assertOk(manager.api().post("samples/programs/" + id(program) + "/invitations/supporters", JsonValue.EMPTY_JSON_OBJECT));
    assertTrue(invited.getInt("added") >= 1, invited::toString);

    assertEquals(201, apply(voter, program).status());
    assertTrue(assertProblem(409, apply(stranger, program)).getString("detail").contains("invitation"));
    assertEquals(0, assertOk(manager.api().post("samples/programs/" + id(program) + "/invitations/supporters", JsonValue.EMPTY_JSON_OBJECT)).getInt("added"),
        "inviting again adds nobody twice");
  }
}
