package org.example.portal.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ticket pages: the customer's new-ticket form with its suggestions, one ticket's conversation, and rating. */
public final class TicketPages {

  private static final Pattern TICKET_URL = Pattern.compile("/tickets/(\\d+)$");

  private final Page page;

  public TicketPages(Page page) {
    this.page = page;
  }

  /** Opens the new-ticket form and types a subject, as a customer would, key by key. */
  public void startTicket(String subject) {
    page.navigate("/tickets/new");
    page.locator("#ticket-subject input").pressSequentially(subject, new Locator.PressSequentiallyOptions().setDelay(20));
  }

  /** Chooses the product area the ticket is about on the new-ticket form. */
  public void chooseArea(String areaName) {
    page.locator("#ticket-area input").fill(areaName);
    page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(areaName)).first().click();
  }

  /** The article suggestions shown under the form. */
  public Locator suggestions() {
    return page.locator("#ticket-suggestions .ticket-suggestion");
  }

  /** Describes the problem and files the ticket; returns its id, read from the page it opens. */
  public long file(String description) {
    page.locator("#ticket-description textarea").fill(description);
    page.locator("#ticket-submit").click();
    assertThat(page).hasURL(TICKET_URL);
    Matcher m = TICKET_URL.matcher(page.url());
    if (!m.find()) {
      throw new AssertionError("Not on a ticket page: " + page.url());
    }
    return Long.parseLong(m.group(1));
  }

  public void open(long ticketId) {
    page.navigate("/tickets/" + ticketId);
    assertThat(page.locator("#ticket-number")).hasText("T-" + ticketId);
  }

  /** Staff answer publicly and leave the ticket in the given status (its label). */
  public void replyAndSet(String text, String statusLabel) {
    page.locator("#reply-body textarea").fill(text);
    page.locator("#reply-status").click();
    page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(statusLabel)).first().click();
    page.locator("#reply-send").click();
  }

  public Locator status() {
    return page.locator(".ticket-status").first();
  }

  public Locator conversation() {
    return page.locator("#ticket-conversation");
  }

  public void rateSatisfied(String comment) {
    page.locator("#rating-comment textarea").fill(comment);
    page.locator("#rate-satisfied").click();
  }

  public Locator ratingGiven() {
    return page.locator("#rating-given");
  }
}
