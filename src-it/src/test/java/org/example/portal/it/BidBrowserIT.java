package org.example.portal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
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
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer bids in the web UI, the product manager finds it in the queue and counters, the customer accepts and
 * gets the confirmation, and the demand analysis shows the agreed order.
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
}
