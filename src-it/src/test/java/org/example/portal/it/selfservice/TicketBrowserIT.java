package org.example.portal.it.selfservice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import org.example.portal.it.browser.Chromium;
import org.example.portal.it.browser.HomePage;
import org.example.portal.it.browser.LoginPage;
import org.example.portal.it.browser.ScreenshotOnFailure;
import org.example.portal.it.browser.TicketPages;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer starts a ticket and is offered a help article while typing, files anyway; the agent answers and
 * solves it; the customer reads the answer and rates the support.
 */
@ExtendWith({Chromium.class, ScreenshotOnFailure.class})
class TicketBrowserIT extends DeployedPortal {

  @Test
  void aCustomerSeesASuggestionFilesAnywayTheAgentAnswersAndTheCustomerRates(Page page) {
    String word = Tickets.uniqueWord();
    long article = Tickets.publishArticle("Pairing the " + word + " headset", "Hold the power button of the " + word + " until the light blinks blue.", false);
    Tickets.awaitSuggestions(word + " headset", "\"id\":" + article);
    Person customer = TestAccounts.registerCustomer("Hanna Headset");
    Person agent = TestAccounts.inviteStaff("SUPPORT_AGENT", "Abel Agent");
    TicketPages tickets = new TicketPages(page);

    LoginPage.signInAs(page, customer);
    tickets.startTicket("My " + word + " headset will not pair");
    assertThat(tickets.suggestions().first()).containsText("Pairing the " + word + " headset");
    long id = tickets.file("I tried the button, it still does not pair with my phone.");
    assertThat(tickets.status()).hasText("New");
    new HomePage(page).signOut();

    LoginPage.signInAs(page, agent);
    tickets.open(id);
    tickets.replyAndSet("Please update the headset firmware to 2.1; that fixes pairing.", "Solved");
    assertThat(tickets.status()).hasText("Solved");
    new HomePage(page).signOut();

    assertTrue(Mailbox.awaitMailTo(customer.email(), "New reply").body().contains("firmware to 2.1"));
    LoginPage.signInAs(page, customer);
    tickets.open(id);
    assertThat(tickets.conversation()).containsText("Please update the headset firmware to 2.1");
    tickets.rateSatisfied("Worked at once");
    assertThat(tickets.ratingGiven()).isVisible();
  }
}
