package org.example.portal.it.triage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Set;
import org.example.portal.it.browser.Chromium;
import org.example.portal.it.browser.LoginPage;
import org.example.portal.it.browser.ScreenshotOnFailure;
import org.example.portal.it.browser.TriagePages;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.Catalog.TestProduct;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A saved inbox view is the inbox API's query string: a view saved through the API opens in the web UI with its
 * filters, and one saved in the web UI lists the same items through the API.
 */
@ExtendWith({Chromium.class, ScreenshotOnFailure.class})
class SavedViewsBrowserIT extends DeployedPortal {

  @Test
  void a_view_saved_through_the_api_opens_in_the_inbox_and_one_saved_there_lists_the_same_items_through_the_api(Page page) {
    String word = TriageApi.uniqueWord();
    TestProduct product = Catalog.newProduct("Bookshelf", "EUR");
    Person lead = TestAccounts.inviteStaff("TRIAGE_LEAD", "Vera Views");
    Person customer = TestAccounts.registerCustomer("Bob Books");
    String teamName = "Shelves " + word;
    long team = TriageApi.team(teamName, "PRODUCT", Set.of(product.areaId()), Set.of(lead.id()));
    TriageApi.createRule(lead.api(), TriageApi.rule("Shelf ideas " + word, team)
        .add("areaIds", Json.createArrayBuilder().add(product.areaId())).build());
    String title = "Shelf that bends " + word;
    long idea = TriageApi.submitIdea(customer, title, "Sagging in the middle", product.areaId());
    TriageApi.item(lead.api(), "idea", idea);
    String query = "teamId=" + team + "&newerThanDays=7";
    PortalApi.Reply saved = lead.api().post("triage/views", Json.createObjectBuilder().add("name", "Shelves this week " + word)
        .add("query", query).build());
    assertEquals(200, saved.status(), saved::toString);

    LoginPage.signInAs(page, lead);
    page.navigate("/staff/inbox");
    page.locator("#inbox-saved").click();
    page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Shelves this week " + word)).first().click();
    assertThat(page.locator("#inbox-team")).containsText(teamName);
    assertThat(page.locator("#inbox-age")).containsText("Last 7 days");
    assertThat(new TriagePages(page).cell(page.locator("#inbox-grid"), title)).isVisible();

    page.locator("#inbox-view-name input").fill("Copy " + word);
    page.locator("#inbox-view-save").click();
    assertThat(page.locator("vaadin-notification-card").first()).isVisible();

    JsonObject copy = lead.api().get("triage/views").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(v -> v.getString("name").equals("Copy " + word)).findFirst().orElseThrow();
    assertEquals("teamId=" + team + "&state=OPEN&newerThanDays=7", copy.getString("query"));
    PortalApi.Reply listed = lead.api().get("triage/inbox?" + copy.getString("query"));
    assertEquals(200, listed.status(), listed::toString);
    assertEquals(1, listed.json().getInt("total"));
    assertEquals(title, listed.json().getJsonArray("items").getJsonObject(0).getString("title"));
  }
}
