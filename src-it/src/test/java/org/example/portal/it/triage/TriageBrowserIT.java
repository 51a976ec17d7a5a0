package org.example.portal.it.triage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Set;
import java.util.UUID;
import org.example.portal.it.browser.Chromium;
import org.example.portal.it.browser.HomePage;
import org.example.portal.it.browser.LoginPage;
import org.example.portal.it.browser.ScreenshotOnFailure;
import org.example.portal.it.browser.TicketPages;
import org.example.portal.it.browser.TriagePages;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.Catalog.TestProduct;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A triage lead writes a routing rule in the web UI, a customer files a ticket, and it lands in the right team's queue
 * and on the dashboard's charts; a lead opens an item and sees the item of another kind that reads alike.
 */
@ExtendWith({Chromium.class, ScreenshotOnFailure.class})
class TriageBrowserIT extends DeployedPortal {

  @Test
  void a_lead_writes_a_rule_and_a_customers_ticket_lands_in_that_teams_queue(Page page) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    TestProduct product = Catalog.newProduct("Garden hose", "EUR");
    Person lead = TestAccounts.inviteStaff("TRIAGE_LEAD", "Lena Lead");
    Person customer = TestAccounts.registerCustomer("Gary Gardener");
    String teamName = "Garden team " + suffix;
    TriageApi.team(teamName, "SUPPORT", Set.of(product.areaId()), Set.of(lead.id()));
    TriagePages triage = new TriagePages(page);

    LoginPage.signInAs(page, lead);
    triage.writeRule("Garden hose help " + suffix, product.areaName(), teamName);
    new HomePage(page).signOut();

    LoginPage.signInAs(page, customer);
    String title = "Hose kinks all the time " + suffix;
    TicketPages tickets = new TicketPages(page);
    tickets.startTicket(title);
    tickets.chooseArea(product.areaName());
    tickets.file("Kinks stop the water.");
    new HomePage(page).signOut();

    LoginPage.signInAs(page, lead);
    Locator grid = triage.teamInbox(teamName);
    assertThat(triage.cell(grid, title)).isVisible();
    assertThat(triage.cell(grid, "Gary Gardener")).isVisible();

    // The dashboard counts the ticket in its area's chart, whose text alternative carries the figures.
    Locator dashboard = triage.dashboard(product.areaName());
    assertThat(dashboard.locator("#dashboard-chart-kinds")).hasAttribute("aria-label", "Submissions per day by kind (30 columns): Ticket 1");
    assertThat(dashboard.locator("#dashboard-chart-areas")).hasAttribute("aria-label", "Submissions per day by product area (30 columns): " + product.areaName() + " 1");
    assertThat(dashboard.locator("#dashboard-kinds .dashboard-card").first()).hasAttribute("aria-label", "Submissions: 1");
    assertThat(dashboard.locator("#dashboard-csv-kinds")).isVisible();
    assertThat(dashboard.locator("#dashboard-support .dashboard-card").first()).hasAttribute("aria-label", "Tickets opened: 1");
    // The samples panel's labels come with the samples feature, as every feature's do.
    assertThat(dashboard.locator("#dashboard-samples .dashboard-card").first()).hasAttribute("aria-label", "Feedback compliance: —");
  }

  @Test
  void a_lead_opens_a_ticket_and_sees_the_idea_that_reads_alike_and_links_them(Page page) {
    String word = TriageApi.uniqueWord();
    TestProduct product = Catalog.newProduct("Toothbrush", "EUR");
    Person lead = TestAccounts.inviteStaff("TRIAGE_LEAD", "Lars Lead");
    Person customer = TestAccounts.registerCustomer("Tom Teeth");
    String ideaTitle = "Softer " + word + " bristles for the toothbrush";
    long idea = TriageApi.submitIdea(customer, ideaTitle, "The " + word + " bristles hurt my gums.", product.areaId());
    var filed = customer.api().post("tickets", jakarta.json.Json.createObjectBuilder()
        .add("subject", "Toothbrush " + word + " bristles too hard").add("description", "My gums hurt from the " + word + " bristles.").build());
    long ticket = filed.json().getJsonNumber("id").longValue();
    long ideaItem = TriageApi.item(lead.api(), "idea", idea).getJsonNumber("id").longValue();
    long ticketItem = TriageApi.item(lead.api(), "ticket", ticket).getJsonNumber("id").longValue();
    TriagePages triage = new TriagePages(page);

    LoginPage.signInAs(page, lead);
    triage.itemDetails(ticketItem);
    assertThat(page.locator("#item-details-open")).hasAttribute("href", "tickets/" + ticket);
    Locator similar = triage.similarItem(ideaItem);
    assertThat(similar).containsText(ideaTitle);
    assertThat(similar).containsText("Idea");
    page.locator("#similar-related-" + ideaItem).click();
    assertThat(page.locator("#link-" + ideaItem)).containsText(ideaTitle);
    assertThat(page.locator("#link-" + ideaItem)).containsText("Lars Lead");
  }
}
