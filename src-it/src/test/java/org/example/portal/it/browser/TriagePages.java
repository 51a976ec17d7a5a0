package org.example.portal.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** The triage pages: the routing rules editor, the staff inbox and the dashboard; and the customer's new-idea form it receives from. */
public final class TriagePages {

  private final Page page;

  public TriagePages(Page page) {
    this.page = page;
  }

  /** Writes a rule that sends a product area's submissions to a team, and waits until it is listed. */
  public void writeRule(String name, String areaName, String teamName) {
    page.navigate("/staff/triage/rules");
    page.locator("#rule-new").click();
    page.locator("#rule-name input").fill(name);
    page.locator("#rule-areas input").fill(areaName);
    page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(areaName)).first().click();
    page.keyboard().press("Escape");
    page.locator("#rule-team").click();
    page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(teamName)).first().click();
    page.locator("#rule-save").click();
    assertThat(page.locator("#rules-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(name)).first()).isVisible();
  }

  /** Opens the inbox narrowed to one team's items; returns the grid. */
  public Locator teamInbox(String teamName) {
    page.navigate("/staff/inbox");
    page.locator("#inbox-team").click();
    page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(teamName)).first().click();
    return page.locator("#inbox-grid");
  }

  /** Opens the dashboard from the menu for one product area's last 30 days; returns the panels. */
  public Locator dashboard(String areaName) {
    page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Dashboard")).first().click();
    assertThat(page).hasURL(Pattern.compile("/staff/dashboard$"));
    page.locator("#dashboard-area").click();
    page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(areaName)).first().click();
    return page.locator("#dashboard-panels");
  }

  /** The grid cell that shows this text. */
  public Locator cell(Locator grid, String text) {
    return grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
  }

  /**
   * Opens the inbox and the details of an item on its first page (the newest items). A search first would
   * redraw the grid under the click.
   */
  public void itemDetails(long itemId) {
    page.navigate("/staff/inbox");
    page.locator("#inbox-details-" + itemId).click();
  }

  /** The row of a similar item in an item's details. */
  public Locator similarItem(long itemId) {
    return page.locator("#similar-" + itemId);
  }
}
