package org.example.portal.it;

import static org.example.portal.it.support.Problems.assertEveryErrorHasAMessage;
import static org.example.portal.it.support.Problems.assertProblem;
import static org.example.portal.it.support.Problems.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.Catalog.TestProduct;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.Mailbox.Mail;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.Settings;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Counter-price bids through the REST API: privacy, validation, decisions, counteroffers, demand and expiry. */
class BidApiIT extends DeployedPortal {

  private static Person productManager;
  private static Person otherManager;

  @BeforeAll
  static void staff() {
    productManager = TestAccounts.inviteStaff("PRODUCT_MANAGER", "Paula Product");
    otherManager = TestAccounts.inviteStaff("PRODUCT_MANAGER", "Otto Other");
  }

  static JsonObject bid(long productId, String price, int quantity) {
    return Json.createObjectBuilder().add("productId", productId).add("unitPrice", new BigDecimal(price)).add("quantity", quantity).build();
  }

  private static long place(Person customer, long productId, String price, int quantity) {
    return place(customer, bid(productId, price, quantity));
  }

  private static long place(Person customer, JsonObject bid) {
    PortalApi.Reply reply = customer.api().post("bids", bid);
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonNumber("id").longValue();
  }

  @Test
  void a_customer_bids_and_nobody_but_them_and_staff_sees_the_bid() {
    TestProduct product = Catalog.newProduct("Standing desk", "EUR");
    Person alice = TestAccounts.registerCustomer("Alice Bidder");
    Person bob = TestAccounts.registerCustomer("Bob Nosy");

    PortalApi.Reply placed = alice.api().post("bids", Json.createObjectBuilder()
        .add("productId", product.id()).add("unitPrice", new BigDecimal("249.90")).add("quantity", 3)
        .add("requirements", "Height up to 130 cm").build());

    assertEquals(201, placed.status(), placed::toString);
    JsonObject bid = placed.json();
    long id = bid.getJsonNumber("id").longValue();
    assertEquals("OPEN", bid.getString("state"));
    assertEquals("EUR", bid.getString("currency"));
    assertEquals(new BigDecimal("249.90"), bid.getJsonNumber("unitPrice").bigDecimalValue());
    assertEquals(product.name(), bid.getString("productName"));
    assertTrue(placed.header("Location").orElse("").endsWith("/api/v1/bids/" + id), placed::toString);
    assertEquals(1, bid.getJsonArray("history").size());

    assertEquals(200, alice.api().get("bids/" + id).status());
    assertProblem(404, bob.api().get("bids/" + id));
    assertTrue(bob.api().get("bids/mine").jsonArray().isEmpty());
    assertProblem(404, bob.api().post("bids/" + id + "/withdraw", JsonValue.EMPTY_JSON_OBJECT));
    assertEquals(1, alice.api().get("bids/mine").jsonArray().size());
    assertEquals(200, productManager.api().get("bids/" + id).status());
  }

  @Test
  void customers_bid_on_an_idea_and_the_product_team_reads_its_demand() {
    long areaId = Catalog.newProduct("Idea bid area", "EUR").areaId();
    Person author = TestAccounts.registerCustomer("Ida Idea");
    Person other = TestAccounts.registerCustomer("Otto Offer");
    String title = "Solar roof tiles " + System.nanoTime();
    PortalApi.Reply idea = author.api().post("ideas", Json.createObjectBuilder().add("title", title).add("areaId", areaId).build());
    assertEquals(201, idea.status(), idea::toString);
    long ideaId = idea.json().getJsonNumber("id").longValue();

    PortalApi.Reply placed = author.api().post("bids", Json.createObjectBuilder()
        .add("ideaId", ideaId).add("unitPrice", new BigDecimal("25.00")).add("quantity", 2).add("requirements", "Fits a flat roof").build());
    assertEquals(201, placed.status(), placed::toString);
    assertEquals(ideaId, placed.json().getJsonNumber("ideaId").longValue());
    assertFalse(placed.json().containsKey("productId") && !placed.json().isNull("productId"));
    assertEquals(title, placed.json().getString("productName"));
    assertEquals("EUR", placed.json().getString("currency"));
    assertEquals(201, other.api().post("bids", Json.createObjectBuilder().add("ideaId", ideaId).add("unitPrice", 40).add("quantity", 1).build()).status());

    TestProduct product = Catalog.newProduct("Roof", "EUR");
    assertEquals(List.of("ideaId"), fields(assertProblem(400, other.api().post("bids",
        Json.createObjectBuilder(bid(product.id(), "10", 1)).add("ideaId", ideaId).build()))));
    assertEquals(List.of("productId"), fields(assertProblem(400, other.api().post("bids",
        Json.createObjectBuilder().add("unitPrice", 10).add("quantity", 1).build()))));
    assertEquals(List.of("ideaId"), fields(assertProblem(400, other.api().post("bids",
        Json.createObjectBuilder().add("ideaId", 987_654_321L).add("unitPrice", 10).add("quantity", 1).build()))));

    JsonObject demand = productManager.api().get("bids/ideas/" + ideaId + "/demand").json();
    assertEquals(title, demand.getString("name"));
    assertEquals(ideaId, demand.getJsonNumber("ideaId").longValue());
    assertEquals(2, demand.getInt("bids"));
    assertEquals(3, demand.getJsonNumber("units").longValue());
    assertEquals(new BigDecimal("25.00"), demand.getJsonObject("revenueMaximum").getJsonNumber("price").bigDecimalValue());
    assertProblem(403, other.api().get("bids/ideas/" + ideaId + "/demand"));
    assertEquals(200, productManager.api().get("bids/ideas/" + ideaId + "/demand.csv", "text/csv").status());
  }

  @Test
  void the_openapi_document_describes_the_bid_endpoints() {
    JsonObject paths = PortalApi.anonymous().get("openapi.json").json().getJsonObject("paths");

    for (String path : List.of("/bids", "/bids/mine", "/bids/{id}/counter", "/bids/campaigns", "/bids/products/{productId}/demand",
        "/bids/ideas/{ideaId}/terms", "/bids/ideas/{ideaId}/campaigns", "/bids/ideas/{ideaId}/histogram", "/bids/deadlines/run")) {
      assertTrue(paths.containsKey(path), () -> path + " missing from " + paths.keySet());
    }
  }

  @Test
  void customers_get_403_on_the_product_teams_endpoints() {
    TestProduct product = Catalog.newProduct("Lamp", "EUR");
    Person carol = TestAccounts.registerCustomer("Carol Customer");
    long id = place(carol, product.id(), "20.00", 1);

    assertProblem(403, carol.api().get("bids"));
    assertProblem(403, carol.api().post("bids/" + id + "/accept", JsonValue.EMPTY_JSON_OBJECT));
    assertProblem(403, carol.api().get("bids/products/" + product.id() + "/demand"));
    assertProblem(403, carol.api().put("bids/products/" + product.id() + "/terms", Json.createObjectBuilder().build()));
    assertProblem(401, PortalApi.anonymous().post("bids", bid(product.id(), "20.00", 1)));
    assertProblem(403, productManager.api().post("bids", bid(product.id(), "20.00", 1)));
  }

  @Test
  void negative_zero_and_absurd_prices_and_quantities_are_400_with_a_message_per_field() {
    TestProduct product = Catalog.newProduct("Chair", "EUR");
    Person dave = TestAccounts.registerCustomer("Dave Typo");
    record Case(String field, JsonObject body) {}
    List<Case> cases = List.of(
        new Case("unitPrice", bid(product.id(), "-5", 1)),
        new Case("unitPrice", bid(product.id(), "0", 1)),
        new Case("unitPrice", bid(product.id(), "123456789012.00", 1)),
        new Case("unitPrice", bid(product.id(), "10.001", 1)),
        new Case("quantity", bid(product.id(), "10", 0)),
        new Case("quantity", bid(product.id(), "10", -3)),
        new Case("quantity", bid(product.id(), "10", 50_000_000)),
        new Case("openDays", Json.createObjectBuilder(bid(product.id(), "10", 1)).add("openDays", 400).build()),
        new Case("productId", bid(987_654_321L, "10", 1)));
    for (Case c : cases) {
      JsonObject problem = assertProblem(400, dave.api().post("bids", c.body()));
      assertEquals(List.of(c.field()), fields(problem), () -> c + " -> " + problem);
      assertEveryErrorHasAMessage(problem);
    }
    assertProblem(400, dave.api().postRaw("bids", "{\"productId\": " + product.id() + ", \"unitPrice\": \"lots\", \"quantity\": 1}"));
    assertTrue(dave.api().get("bids/mine").jsonArray().isEmpty(), "a refused bid leaves nothing behind");
  }

  @Test
  void a_bid_below_the_price_floor_is_declined_politely_and_not_kept() {
    TestProduct product = Catalog.newProduct("Kettle", "USD");
    PortalApi.Reply terms = productManager.api().put("bids/products/" + product.id() + "/terms", Json.createObjectBuilder()
        .add("priceFloor", new BigDecimal("40.00")).add("minQuantity", 2)
        .add("options", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("group", "Colour").add("choice", "Steel"))
            .add(Json.createObjectBuilder().add("group", "Colour").add("choice", "Copper")))
        .build());
    assertEquals(200, terms.status(), terms::toString);
    Person erin = TestAccounts.registerCustomer("Erin Cheap");

    JsonObject low = assertProblem(400, erin.api().post("bids", bid(product.id(), "39.99", 5)));
    JsonObject few = assertProblem(400, erin.api().post("bids", bid(product.id(), "45.00", 1)));
    JsonObject unknown = assertProblem(400, erin.api().post("bids", Json.createObjectBuilder(bid(product.id(), "45.00", 2))
        .add("options", Json.createArrayBuilder().add(Json.createObjectBuilder().add("group", "Colour").add("choice", "Gold"))).build()));

    assertEquals(List.of("unitPrice"), fields(low));
    assertTrue(low.getString("detail").startsWith("Thank you for your offer"), low::toString);
    assertFalse(low.getString("detail").contains("40"), "the floor stays secret: " + low);
    assertEquals(List.of("quantity"), fields(few));
    assertEquals(List.of("options"), fields(unknown));
    assertTrue(erin.api().get("bids/mine").jsonArray().isEmpty());
    JsonObject customerTerms = erin.api().get("bids/products/" + product.id() + "/terms").json();
    assertTrue(!customerTerms.containsKey("priceFloor") || customerTerms.isNull("priceFloor"), customerTerms::toString);
    assertEquals(List.of("Steel", "Copper"), customerTerms.getJsonObject("groups").getJsonArray("Colour").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
  }

  /** A new idea of its own, in an area of its own; returns its id. */
  private static long newIdea(String title) {
    long areaId = Catalog.newProduct(title + " area", "EUR").areaId();
    Person author = TestAccounts.registerCustomer("Ian Idea");
    PortalApi.Reply idea = author.api().post("ideas", Json.createObjectBuilder().add("title", title).add("areaId", areaId).build());
    assertEquals(201, idea.status(), idea::toString);
    return idea.json().getJsonNumber("id").longValue();
  }

  private static JsonObject ideaBid(long ideaId, String price, int quantity) {
    return Json.createObjectBuilder().add("ideaId", ideaId).add("unitPrice", new BigDecimal(price)).add("quantity", quantity).build();
  }

  private static long placeOnIdea(Person customer, long ideaId, String price, int quantity) {
    return place(customer, ideaBid(ideaId, price, quantity));
  }

  @Test
  void an_ideas_terms_decline_bids_below_its_floor_politely_and_refuse_too_few_units() {
    String title = "Heated bike saddle " + System.nanoTime();
    long ideaId = newIdea(title);
    Person rita = TestAccounts.registerCustomer("Rita Rider");
    JsonObject termsBody = Json.createObjectBuilder()
        .add("priceFloor", new BigDecimal("60.00")).add("minQuantity", 5)
        .add("options", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("group", "Battery").add("choice", "Removable"))
            .add(Json.createObjectBuilder().add("group", "Battery").add("choice", "Built in")))
        .build();

    assertProblem(403, rita.api().put("bids/ideas/" + ideaId + "/terms", termsBody));
    assertProblem(404, productManager.api().put("bids/ideas/987654321/terms", termsBody));
    PortalApi.Reply terms = productManager.api().put("bids/ideas/" + ideaId + "/terms", termsBody);
    assertEquals(200, terms.status(), terms::toString);
    assertEquals(ideaId, terms.json().getJsonNumber("ideaId").longValue());
    assertEquals(new BigDecimal("60.00"), terms.json().getJsonNumber("priceFloor").bigDecimalValue());

    JsonObject low = assertProblem(400, rita.api().post("bids", ideaBid(ideaId, "59.99", 5)));
    JsonObject few = assertProblem(400, rita.api().post("bids", ideaBid(ideaId, "75.00", 4)));
    JsonObject unknown = assertProblem(400, rita.api().post("bids", Json.createObjectBuilder(ideaBid(ideaId, "75.00", 5))
        .add("options", Json.createArrayBuilder().add(Json.createObjectBuilder().add("group", "Battery").add("choice", "Solar"))).build()));

    assertEquals(List.of("unitPrice"), fields(low));
    assertTrue(low.getString("detail").startsWith("Thank you for your offer"), low::toString);
    assertTrue(low.getString("detail").contains(title), low::toString);
    assertFalse(low.getString("detail").replace(title, "").contains("60"), "the floor stays secret: " + low);
    assertEquals(List.of("quantity"), fields(few));
    assertTrue(few.getString("detail").contains("at least 5 units"), few::toString);
    assertEquals(List.of("options"), fields(unknown));
    assertTrue(rita.api().get("bids/mine").jsonArray().isEmpty(), "refused bids leave nothing behind");

    JsonObject customerTerms = rita.api().get("bids/ideas/" + ideaId + "/terms").json();
    assertTrue(!customerTerms.containsKey("priceFloor") || customerTerms.isNull("priceFloor"), customerTerms::toString);
    assertEquals(5, customerTerms.getInt("minQuantity"));
    assertEquals(List.of("Removable", "Built in"),
        customerTerms.getJsonObject("groups").getJsonArray("Battery").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
    PortalApi.Reply placed = rita.api().post("bids", Json.createObjectBuilder(ideaBid(ideaId, "60.00", 5))
        .add("options", Json.createArrayBuilder().add(Json.createObjectBuilder().add("group", "Battery").add("choice", "Removable"))).build());
    assertEquals(201, placed.status(), placed::toString);
    assertEquals("Removable", placed.json().getJsonArray("options").getJsonObject(0).getString("choice"));
  }

  /**
   * A campaign over the bids on an idea, closed by one run of the deadline job after its deadline was moved
   * into the past in the database: enough units were committed, so every commitment becomes an order.
   */
  @Test
  void an_idea_campaign_reaching_its_minimum_confirms_every_committed_bid_by_e_mail() throws Exception {
    String title = "Modular sofa " + System.nanoTime();
    long ideaId = newIdea(title);
    Person nina = TestAccounts.registerCustomer("Nina Joins");
    Person omar = TestAccounts.registerCustomer("Omar Joins");
    Person pia = TestAccounts.registerCustomer("Pia Waits");
    long ninas = placeOnIdea(nina, ideaId, "400.00", 2);
    long omars = placeOnIdea(omar, ideaId, "420.00", 3);
    long pias = placeOnIdea(pia, ideaId, "380.00", 1);
    TestProduct product = Catalog.newProduct("Sofa cover", "EUR");
    long onProduct = place(nina, product.id(), "40.00", 1);
    assertEquals(List.of("bidIds"), fields(assertProblem(400, productManager.api().post("bids/campaigns", campaign(List.of(ninas, onProduct), "450.00", 5)))));

    long campaignId = campaignId(productManager.api().post("bids/campaigns", campaign(List.of(ninas, omars, pias), "450.00", 5)));
    JsonObject started = productManager.api().get("bids/campaigns/" + campaignId).json();
    assertEquals(ideaId, started.getJsonNumber("ideaId").longValue());
    assertTrue(!started.containsKey("productId") || started.isNull("productId"), started::toString);
    assertEquals(List.of(campaignId), productManager.api().get("bids/ideas/" + ideaId + "/campaigns").jsonArray().stream()
        .map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList());
    assertTrue(Mailbox.awaitMailTo(pia.email(), "if enough customers join").body().contains("450.00 EUR"));
    commit(nina, ninas);
    commit(omar, omars);
    assertEquals(5, productManager.api().get("bids/campaigns/" + campaignId).json().getJsonNumber("committedUnits").longValue());

    JsonObject run = closeNow(campaignId);

    assertEquals("SUCCEEDED", closed(run, campaignId).getString("state"), run::toString);
    assertEquals("SUCCEEDED", campaignState(campaignId));
    assertEquals("ACCEPTED", stateOf(nina, ninas));
    assertEquals("ACCEPTED", stateOf(omar, omars));
    assertEquals("EXPIRED", stateOf(pia, pias), "who never committed is not bound");
    Mail confirmation = Mailbox.awaitMailTo(omar.email(), "Order confirmed");
    assertTrue(confirmation.subject().contains(title), confirmation::subject);
    assertTrue(confirmation.body().contains("Total: 1350.00 EUR"), confirmation::body);
    assertTrue(Mailbox.awaitMailTo(nina.email(), "Order confirmed").body().contains("Total: 900.00 EUR"));
    assertTrue(Mailbox.awaitMailTo(pia.email(), "has expired").body().contains(title));
    assertEquals("CONFIRMED", omar.api().get("bids/" + omars).json().getJsonObject("order").getString("status"));
  }

  @Test
  void an_idea_campaign_missing_its_minimum_releases_every_bid_and_tells_every_customer() throws Exception {
    String title = "Rain-proof tent " + System.nanoTime();
    long ideaId = newIdea(title);
    Person quinn = TestAccounts.registerCustomer("Quinn Commits");
    Person ravi = TestAccounts.registerCustomer("Ravi Commits");
    Person sara = TestAccounts.registerCustomer("Sara Silent");
    long quinns = placeOnIdea(quinn, ideaId, "150.00", 2);
    long ravis = placeOnIdea(ravi, ideaId, "160.00", 2);
    long saras = placeOnIdea(sara, ideaId, "140.00", 4);
    long campaignId = campaignId(productManager.api().post("bids/campaigns", campaign(List.of(quinns, ravis, saras), "170.00", 10)));
    commit(quinn, quinns);
    commit(ravi, ravis);
    assertProblem(403, productManager.api().post("bids/deadlines/run", JsonValue.EMPTY_JSON_OBJECT));

    JsonObject run = closeNow(campaignId);

    assertEquals("FAILED", closed(run, campaignId).getString("state"), run::toString);
    assertEquals(4, closed(run, campaignId).getJsonNumber("committedUnits").longValue());
    assertEquals("RELEASED", stateOf(quinn, quinns));
    assertEquals("RELEASED", stateOf(ravi, ravis));
    assertEquals("EXPIRED", stateOf(sara, saras));
    for (Person committed : List.of(quinn, ravi)) {
      Mail released = Mailbox.awaitMailTo(committed.email(), "did not go ahead");
      assertTrue(released.subject().contains(title), released::subject);
      assertTrue(released.body().contains("fewer than 10 units"), released::body);
    }
    assertTrue(Mailbox.awaitMailTo(sara.email(), "has expired").body().contains(title));
    assertTrue(Mailbox.mailTo(quinn.email()).stream().noneMatch(m -> m.subject().startsWith("Order confirmed")), "nothing is ordered");
    assertEquals(0, productManager.api().get("bids/ideas/" + ideaId + "/demand").json().getInt("bids"),
        "released and expired bids are no demand");
  }

  private static void commit(Person customer, long bidId) {
    PortalApi.Reply reply = customer.api().post("bids/" + bidId + "/counteroffer/accept", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals("COMMITTED", reply.json().getString("state"), reply::toString);
  }

  /**
   * Moves the campaign's deadline (and its counteroffers') into the past, as if it had passed, and runs the
   * deadline job once as the admin. The minute job may take the campaign first; then its outcome is the same.
   */
  private static JsonObject closeNow(long campaignId) throws Exception {
    try (Connection db = DriverManager.getConnection(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword());
        PreparedStatement bids = db.prepareStatement("update bids_bid set expires_at = now() - interval '1 minute' where campaign_id = ?");
        PreparedStatement campaigns = db.prepareStatement("update bids_campaign set deadline = now() - interval '1 minute' where id = ?")) {
      bids.setLong(1, campaignId);
      bids.executeUpdate();
      campaigns.setLong(1, campaignId);
      assertEquals(1, campaigns.executeUpdate());
    }
    PortalApi.Reply run = PortalApi.admin().post("bids/deadlines/run", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, run.status(), run::toString);
    return run.json();
  }

  /** The campaign as the run reports it, or as the minute job closed it just before. */
  private static JsonObject closed(JsonObject run, long campaignId) {
    return run.getJsonArray("closedCampaigns").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getJsonNumber("id").longValue() == campaignId)
        .findFirst()
        .orElseGet(() -> {
          JsonObject campaign = productManager.api().get("bids/campaigns/" + campaignId).json();
          return Json.createObjectBuilder().add("id", campaignId).add("state", campaign.getString("state"))
              .add("committedUnits", campaign.getJsonNumber("committedUnits")).build();
        });
  }

  @Test
  void two_managers_deciding_one_bid_at_once_one_wins_and_the_other_gets_409() throws Exception {
    TestProduct product = Catalog.newProduct("Bike", "EUR");
    Person frank = TestAccounts.registerCustomer("Frank Fast");
    for (int round = 0; round < 5; round++) {
      long id = place(frank, product.id(), "500.00", 1);
      CountDownLatch start = new CountDownLatch(1);
      CompletableFuture<PortalApi.Reply> accept = CompletableFuture.supplyAsync(() -> {
        await(start);
        return productManager.api().post("bids/" + id + "/accept", JsonValue.EMPTY_JSON_OBJECT);
      });
      CompletableFuture<PortalApi.Reply> decline = CompletableFuture.supplyAsync(() -> {
        await(start);
        return otherManager.api().post("bids/" + id + "/decline", Json.createObjectBuilder().add("reason", "Sold out").build());
      });
      start.countDown();
      List<Integer> statuses = List.of(accept.get().status(), decline.get().status()).stream().sorted().toList();

      assertEquals(List.of(200, 409), statuses, () -> "accept: " + accept.join() + "\ndecline: " + decline.join());
      PortalApi.Reply loser = accept.join().status() == 409 ? accept.join() : decline.join();
      assertProblem(409, loser);
      JsonObject after = frank.api().get("bids/" + id).json();
      String state = after.getString("state");
      assertTrue(state.equals("ACCEPTED") || state.equals("DECLINED"), after::toString);
      assertEquals(2, after.getJsonArray("history").size(), "exactly one decision is recorded: " + after);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void a_counteroffer_accepted_by_the_customer_becomes_an_order_with_a_confirmation_e_mail() {
    TestProduct product = Catalog.newProduct("Espresso machine", "EUR");
    Person gina = TestAccounts.registerCustomer("Gina Haggler");
    long id = place(gina, product.id(), "300.00", 2);

    PortalApi.Reply countered = productManager.api().post("bids/" + id + "/counter", Json.createObjectBuilder()
        .add("unitPrice", new BigDecimal("340.00")).add("quantity", 4).add("message", "We can do 340 for four.").build());
    assertEquals(200, countered.status(), countered::toString);
    assertEquals("COUNTERED", countered.json().getString("state"));
    Mail counterMail = Mailbox.awaitMailTo(gina.email(), "Counteroffer");
    assertTrue(counterMail.body().contains("340.00 EUR"), counterMail::body);
    assertEquals(Settings.baseUrl() + "/bids/" + id, counterMail.portalLink());
    assertProblem(409, productManager.api().post("bids/" + id + "/accept", JsonValue.EMPTY_JSON_OBJECT));

    PortalApi.Reply accepted = gina.api().post("bids/" + id + "/counteroffer/accept", JsonValue.EMPTY_JSON_OBJECT);

    assertEquals(200, accepted.status(), accepted::toString);
    JsonObject order = accepted.json().getJsonObject("order");
    assertEquals("ACCEPTED", accepted.json().getString("state"));
    assertEquals("CONFIRMED", order.getString("status"));
    assertEquals(new BigDecimal("1360.00"), order.getJsonNumber("total").bigDecimalValue());
    Mail confirmation = Mailbox.awaitMailTo(gina.email(), "Order confirmed");
    assertTrue(confirmation.body().contains("Order number: " + id), confirmation::body);
    assertTrue(confirmation.body().contains("Total: 1360.00 EUR"), confirmation::body);
    assertEquals(List.of("OPEN", "COUNTERED", "ACCEPTED"),
        accepted.json().getJsonArray("history").stream().map(h -> h.asJsonObject().getString("to")).toList());

    assertProblem(400, productManager.api().put("bids/" + id + "/order", Json.createObjectBuilder().add("status", "SHIPPED").build()));
    PortalApi.Reply shipped = productManager.api().put("bids/" + id + "/order",
        Json.createObjectBuilder().add("status", "SHIPPED").add("carrier", "DHL").add("trackingNumber", "JD014600").build());
    assertEquals(200, shipped.status(), shipped::toString);
    assertEquals("JD014600", gina.api().get("bids/" + id).json().getJsonObject("order").getString("trackingNumber"));
    assertTrue(Mailbox.awaitMailTo(gina.email(), "has shipped").body().contains("JD014600"));
  }

  @Test
  void demand_counts_open_and_accepted_bids_but_not_withdrawn_or_declined_ones() {
    TestProduct product = Catalog.newProduct("Headphones", "EUR");
    Person a = TestAccounts.registerCustomer("Ann Demand");
    Person b = TestAccounts.registerCustomer("Ben Demand");
    Person c = TestAccounts.registerCustomer("Cid Demand");
    place(a, product.id(), "100.00", 2);
    long accepted = place(b, product.id(), "80.00", 3);
    place(c, product.id(), "50.00", 10);
    long withdrawn = place(c, product.id(), "200.00", 100);
    long declined = place(a, product.id(), "150.00", 50);
    assertEquals(200, c.api().post("bids/" + withdrawn + "/withdraw", JsonValue.EMPTY_JSON_OBJECT).status());
    assertEquals(200, productManager.api().post("bids/" + declined + "/decline", Json.createObjectBuilder().add("reason", "No").build()).status());
    assertEquals(200, productManager.api().post("bids/" + accepted + "/accept", JsonValue.EMPTY_JSON_OBJECT).status());

    JsonObject demand = productManager.api().get("bids/products/" + product.id() + "/demand").json();

    // Hand-computed: 100 x 2 -> 2 units (200), 80 x 3 -> 5 units (400), 50 x 10 -> 15 units (750).
    assertEquals(3, demand.getInt("bids"));
    assertEquals(15, demand.getJsonNumber("units").longValue());
    List<String> curve = demand.getJsonArray("curve").stream()
        .map(p -> p.asJsonObject().getJsonNumber("price").bigDecimalValue().toPlainString() + "x" + p.asJsonObject().getInt("units"))
        .toList();
    assertEquals(List.of("100.00x2", "80.00x5", "50.00x15"), curve);
    JsonObject best = demand.getJsonObject("revenueMaximum");
    assertEquals(new BigDecimal("50.00"), best.getJsonNumber("price").bigDecimalValue());
    assertEquals(0, new BigDecimal("750").compareTo(best.getJsonNumber("revenue").bigDecimalValue()));

    PortalApi.Reply csv = productManager.api().get("bids/products/" + product.id() + "/demand.csv", "text/csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("section,price,currency,units_at_or_above,bids_at_or_above,revenue"), csv::body);
    assertTrue(csv.body().contains("revenue_maximum,50.00,EUR,15,3,750.00"), csv::body);
  }

  @Test
  void customers_see_a_price_histogram_only_from_ten_bids_on() {
    TestProduct product = Catalog.newProduct("Tent", "EUR");
    Person hugo = TestAccounts.registerCustomer("Hugo Histogram");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      ids.add(place(hugo, product.id(), String.valueOf(100 + i * 10), 1));
    }
    JsonObject nine = hugo.api().get("bids/products/" + product.id() + "/histogram").json();
    assertFalse(nine.getBoolean("available"), nine::toString);
    assertTrue(nine.getJsonArray("buckets").isEmpty(), nine::toString);

    place(hugo, product.id(), "300.00", 1);
    JsonObject ten = hugo.api().get("bids/products/" + product.id() + "/histogram").json();

    assertTrue(ten.getBoolean("available"), ten::toString);
    assertEquals(10, ten.getJsonArray("buckets").stream().mapToInt(bk -> bk.asJsonObject().getInt("bids")).sum());
    assertFalse(ten.toString().contains("customer"), "only counts per price range: " + ten);
    // 100..300 in ranges of 20: the lowest and highest bids are inside ranges, never printed.
    assertEquals(new BigDecimal("100.00"), ten.getJsonArray("buckets").getJsonObject(0).getJsonNumber("from").bigDecimalValue());
    assertEquals(new BigDecimal("319.99"), ten.getJsonArray("buckets").getJsonObject(10).getJsonNumber("to").bigDecimalValue());
  }

  @Test
  void customers_see_the_price_histogram_of_an_idea_from_ten_bids_on() {
    long ideaId = newIdea("Solar garden lamp " + System.nanoTime());
    Person ida = TestAccounts.registerCustomer("Ida Bidder");
    for (int i = 0; i < 9; i++) {
      placeOnIdea(ida, ideaId, String.valueOf(41 + i), 1);
    }
    JsonObject nine = ida.api().get("bids/ideas/" + ideaId + "/histogram").json();
    assertFalse(nine.getBoolean("available"), nine::toString);
    assertEquals(10, nine.getInt("minimumBids"));

    placeOnIdea(ida, ideaId, "58.75", 3);
    JsonObject ten = ida.api().get("bids/ideas/" + ideaId + "/histogram").json();

    assertTrue(ten.getBoolean("available"), ten::toString);
    assertEquals(ideaId, ten.getJsonNumber("ideaId").longValue());
    // 41..58.75 in about ten ranges of 2: 40-41.99 (41), 42-43.99 (42, 43), ... 58-59.99 (58.75)
    List<Integer> counts = ten.getJsonArray("buckets").stream().map(b -> b.asJsonObject().getInt("bids")).toList();
    assertEquals(List.of(1, 2, 2, 2, 2, 0, 0, 0, 0, 1), counts, ten::toString);
    assertFalse(ten.toString().contains("58.75"), "no exact price: " + ten);
    assertProblem(404, ida.api().get("bids/ideas/987654321/histogram"));
  }

  @Test
  void a_campaign_counters_many_bids_and_only_open_bids_of_one_product_can_join() {
    TestProduct product = Catalog.newProduct("Kayak", "EUR");
    TestProduct other = Catalog.newProduct("Paddle", "EUR");
    Person jan = TestAccounts.registerCustomer("Jan Joiner");
    long a = place(jan, product.id(), "700.00", 1);
    long b = place(jan, product.id(), "720.00", 2);
    long elsewhere = place(jan, other.id(), "50.00", 1);
    long withdrawn = place(jan, product.id(), "710.00", 1);
    assertEquals(200, jan.api().post("bids/" + withdrawn + "/withdraw", JsonValue.EMPTY_JSON_OBJECT).status());

    JsonObject mixed = assertProblem(400, productManager.api().post("bids/campaigns", campaign(List.of(a, elsewhere), "750.00", 3)));
    JsonObject closed = assertProblem(409, productManager.api().post("bids/campaigns", campaign(List.of(a, withdrawn), "750.00", 3)));
    JsonObject none = assertProblem(400, productManager.api().post("bids/campaigns", campaign(List.of(), "750.00", 3)));
    assertProblem(403, jan.api().post("bids/campaigns", campaign(List.of(a, b), "750.00", 3)));

    assertEquals(List.of("bidIds"), fields(mixed));
    assertTrue(closed.getString("detail").contains(String.valueOf(withdrawn)), closed::toString);
    assertEquals(List.of("bidIds"), fields(none));
    assertEquals("OPEN", jan.api().get("bids/" + a).json().getString("state"), "a refused campaign changes no bid");

    PortalApi.Reply started = productManager.api().post("bids/campaigns", campaign(List.of(a, b), "750.00", 3));
    assertEquals(201, started.status(), started::toString);
    JsonObject bid = jan.api().get("bids/" + b).json();
    assertEquals("COUNTERED", bid.getString("state"));
    assertEquals(3, bid.getJsonObject("campaign").getJsonNumber("minUnits").longValue());
    assertEquals(0, bid.getJsonObject("campaign").getJsonNumber("committedUnits").longValue());
    assertTrue(Mailbox.awaitMailTo(jan.email(), "if enough customers join").body().contains("at least 3 units"));
  }

  static JsonObject campaign(List<Long> bidIds, String price, long minUnits) {
    return Json.createObjectBuilder()
        .add("bidIds", Json.createArrayBuilder(bidIds))
        .add("unitPrice", new BigDecimal(price))
        .add("minUnits", minUnits)
        .add("message", "Together it works.")
        .build();
  }

  /**
   * The job that runs every minute: it expires bids past their deadline and closes campaigns past theirs. To
   * get there without waiting days, the deadlines are moved into the past in the database, as if the server
   * had been down when they passed.
   */
  @Test
  void the_minute_job_expires_due_bids_and_closes_due_campaigns_telling_every_customer() throws Exception {
    TestProduct product = Catalog.newProduct("Sofa", "EUR");
    Person ida = TestAccounts.registerCustomer("Ida Late");
    Person kim = TestAccounts.registerCustomer("Kim Keen");
    Person lea = TestAccounts.registerCustomer("Lea Keen");
    Person max = TestAccounts.registerCustomer("Max Maybe");
    long late = place(ida, product.id(), "900.00", 1);
    long kims = place(kim, product.id(), "800.00", 3);
    long leas = place(lea, product.id(), "820.00", 4);
    long maxs = place(max, product.id(), "810.00", 5);
    long success = campaignId(productManager.api().post("bids/campaigns", campaign(List.of(kims, leas, maxs), "850.00", 7)));
    TestProduct lonely = Catalog.newProduct("Armchair", "EUR");
    long leasLonely = place(lea, lonely.id(), "300.00", 2);
    long failure = campaignId(productManager.api().post("bids/campaigns", campaign(List.of(leasLonely), "320.00", 10)));
    for (long committed : List.of(kims, leas, leasLonely)) {
      Person owner = committed == kims ? kim : lea;
      PortalApi.Reply reply = owner.api().post("bids/" + committed + "/counteroffer/accept", JsonValue.EMPTY_JSON_OBJECT);
      assertEquals("COMMITTED", reply.json().getString("state"), reply::toString);
    }
    assertEquals(7, productManager.api().get("bids/campaigns/" + success).json().getJsonNumber("committedUnits").longValue());
    assertTrue(Mailbox.awaitMailTo(kim.email(), "You joined the offer").body().contains("at least 7 units"));
    assertTrue(Mailbox.mailTo(kim.email()).stream().noneMatch(m -> m.subject().startsWith("Order confirmed")), "nothing is ordered before the campaign closes");

    try (Connection db = DriverManager.getConnection(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword());
        PreparedStatement bids = db.prepareStatement(
            "update bids_bid set expires_at = now() - interval '1 hour' where id = ? or campaign_id in (?, ?)");
        PreparedStatement campaigns = db.prepareStatement(
            "update bids_campaign set deadline = now() - interval '1 hour' where id in (?, ?)")) {
      bids.setLong(1, late);
      bids.setLong(2, success);
      bids.setLong(3, failure);
      assertEquals(5, bids.executeUpdate());
      campaigns.setLong(1, success);
      campaigns.setLong(2, failure);
      assertEquals(2, campaigns.executeUpdate());
    }
    assertProblem(409, productManager.api().post("bids/" + late + "/accept", JsonValue.EMPTY_JSON_OBJECT));

    long deadline = System.nanoTime() + Duration.ofSeconds(75).toNanos();
    while (System.nanoTime() < deadline
        && !(stateOf(ida, late).equals("EXPIRED") && campaignState(failure).equals("FAILED") && campaignState(success).equals("SUCCEEDED"))) {
      Thread.sleep(1000);
    }

    assertEquals("EXPIRED", stateOf(ida, late));
    JsonObject expired = ida.api().get("bids/" + late).json();
    JsonObject last = expired.getJsonArray("history").getJsonObject(expired.getJsonArray("history").size() - 1);
    assertTrue(!last.containsKey("actorId") || last.isNull("actorId"), () -> "the portal expired it, not a person: " + last);
    assertTrue(Mailbox.awaitMailTo(ida.email(), "has expired").body().contains(product.name()));

    assertEquals("SUCCEEDED", campaignState(success));
    assertEquals("ACCEPTED", stateOf(kim, kims));
    assertEquals("ACCEPTED", stateOf(lea, leas));
    assertEquals("EXPIRED", stateOf(max, maxs), "who never committed is not bound");
    JsonObject order = kim.api().get("bids/" + kims).json().getJsonObject("order");
    assertEquals(new BigDecimal("2550.00"), order.getJsonNumber("total").bigDecimalValue());
    assertTrue(Mailbox.awaitMailTo(kim.email(), "Order confirmed").body().contains("Total: 2550.00 EUR"));

    assertEquals("FAILED", campaignState(failure));
    assertEquals("RELEASED", stateOf(lea, leasLonely));
    assertTrue(Mailbox.awaitMailTo(lea.email(), "did not go ahead").body().contains(lonely.name()));
    assertEquals(0, productManager.api().get("bids/products/" + lonely.id() + "/demand").json().getInt("bids"),
        "released bids are no demand");
  }

  private static long campaignId(PortalApi.Reply reply) {
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonNumber("id").longValue();
  }

  private static String stateOf(Person customer, long bidId) {
    return customer.api().get("bids/" + bidId).json().getString("state");
  }

  private static String campaignState(long campaignId) {
    return productManager.api().get("bids/campaigns/" + campaignId).json().getString("state");
  }
}
