package org.example.portal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import jakarta.json.Json;
import java.util.List;
import org.example.portal.it.browser.BidPages;
import org.example.portal.it.browser.Chromium;
import org.example.portal.it.browser.HomePage;
import org.example.portal.it.browser.LoginPage;
import org.example.portal.it.browser.ScreenshotOnFailure;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.Catalog.TestProduct;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.Mailbox.Mail;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer bids in the web UI, the product manager finds it in the queue and counters, the customer accepts and
 * gets the confirmation, and the demand analysis shows the agreed order; a customer bids on an idea with the
 * choices its product team set.
 */
@ExtendWith({Chromium.class, ScreenshotOnFailure.class})
class BidBrowserIT extends DeployedPortal {

  @Test
  void a_customer_bids_the_product_manager_counters_and_the_customer_accepts(Page page) {
    TestProduct product = Catalog.newProduct("Rain jacket", "EUR");
    Person customer = TestAccounts.registerCustomer("Cora Counter");
    Person manager = TestAccounts.inviteStaff("PRODUCT_MANAGER", "Milo Manager");
    BidPages bids = new BidPages(page);

    LoginPage.signInAs(page, customer);
    long id = bids.placeBid(product.name(), "79.50", 20);
    assertThat(bids.state()).hasText("Open");
    new HomePage(page).signOut();

    LoginPage.signInAs(page, manager);
    bids.openFromQueue(product.areaName(), product.name());
    assertThat(page).hasURL(java.util.regex.Pattern.compile("/bids/" + id + "$"));
    bids.counter("89.00", "Taped seams cost a little more.");
    assertThat(bids.state()).hasText("Counteroffer waiting");
    assertThat(bids.counteroffer()).containsText("89.00 EUR");
    new HomePage(page).signOut();

    LoginPage.signInAs(page, customer);
    bids.open(id);
    assertThat(bids.counteroffer()).containsText("Taped seams cost a little more.");
    bids.acceptCounteroffer();

    assertThat(bids.state()).hasText("Accepted");
    assertThat(bids.order()).containsText("Confirmed");
    assertThat(bids.order()).containsText("1780.00 EUR");
    Mail confirmation = Mailbox.awaitMailTo(customer.email(), "Order confirmed");
    assertTrue(confirmation.body().contains("Total: 1780.00 EUR"), confirmation::body);
    new HomePage(page).signOut();

    // The agreed bid is demand at the agreed price: 20 units at 89.00.
    LoginPage.signInAs(page, manager);
    assertThat(bids.demandOptimum(product.name())).hasText("Most revenue at 89.00 EUR: 20 units, 1780.00 EUR.");
  }

  @Test
  void a_customer_bids_on_an_idea_with_the_choices_and_minimum_its_product_team_set(Page page) {
    long areaId = Catalog.newProduct("Bike light area", "EUR").areaId();
    Person author = TestAccounts.registerCustomer("Ada Author");
    PortalApi.Reply idea = author.api().post("ideas", Json.createObjectBuilder().add("title", "Dynamo bike light " + System.nanoTime()).add("areaId", areaId).build());
    assertEquals(201, idea.status(), idea::toString);
    long ideaId = idea.json().getJsonNumber("id").longValue();
    Person manager = TestAccounts.inviteStaff("PRODUCT_MANAGER", "Mona Manager");
    PortalApi.Reply terms = manager.api().put("bids/ideas/" + ideaId + "/terms", Json.createObjectBuilder()
        .add("minQuantity", 3)
        .add("options", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("group", "Mount").add("choice", "Handlebar"))
            .add(Json.createObjectBuilder().add("group", "Mount").add("choice", "Helmet")))
        .build());
    assertEquals(200, terms.status(), terms::toString);
    Person customer = TestAccounts.registerCustomer("Ben Bright");
    BidPages bids = new BidPages(page);

    LoginPage.signInAs(page, customer);
    long id = bids.placeBidOnIdea(ideaId, List.of("Helmet"), "35.00", null);

    assertThat(bids.state()).hasText("Open");
    assertThat(bids.facts()).containsText("3 × 35.00 EUR");
    assertThat(bids.facts()).containsText("Mount: Helmet");
    assertEquals("Helmet", customer.api().get("bids/" + id).json().getJsonArray("options").getJsonObject(0).getString("choice"));
  }
}
