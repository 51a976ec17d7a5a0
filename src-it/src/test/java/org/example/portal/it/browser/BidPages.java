package org.example.portal.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bid pages: a customer's "My bids" with the bid dialog (also opened for an idea), and one bid's page for
 * customer and staff.
 */
public final class BidPages {

  private static final Pattern BID_URL = Pattern.compile("/bids/(\\d+)$");

  private final Page page;

  public BidPages(Page page) {
    this.page = page;
  }

  /** Places a bid through the dialog on /bids and returns the new bid's id, read from the page it opens. */
  public long placeBid(String product, String unitPrice, int quantity) {
    page.navigate("/bids");
    page.locator("#bid-new").click();
    page.locator("#bid-product input").fill(product);
    page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(product)).first().click();
    page.locator("#bid-price input").fill(unitPrice);
    page.locator("#bid-quantity input").fill(String.valueOf(quantity));
    return submitBid();
  }

  /** Sends the bid dialog and returns the new bid's id, read from the page it opens. */
  private long submitBid() {
    page.locator("#bid-submit").click();
    assertThat(page).hasURL(BID_URL);
    Matcher m = BID_URL.matcher(page.url());
    if (!m.find()) {
      throw new AssertionError("Not on a bid page: " + page.url());
    }
    return Long.parseLong(m.group(1));
  }

  /**
   * Places a bid on an idea through the dialog its page links to ({@code /bids?idea=ID}), ticking the given
   * requirement choices, and returns the new bid's id. Leaves the quantity the dialog proposes when null.
   */
  public long placeBidOnIdea(long ideaId, List<String> choices, String unitPrice, Integer quantity) {
    page.navigate("/bids?idea=" + ideaId);
    for (String choice : choices) {
      page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(choice)).first().click();
    }
    page.locator("#bid-price input").fill(unitPrice);
    if (quantity != null) {
      page.locator("#bid-quantity input").fill(String.valueOf(quantity));
    }
    return submitBid();
  }

  /** The facts of the bid on its page: offer, choices, requirements, dates. */
  public Locator facts() {
    return page.locator(".bid-facts").first();
  }

  /** Opens a bid from the product team's queue of one product area by clicking its row. */
  public void openFromQueue(String area, String product) {
    page.navigate("/staff/bids");
    page.locator("#queue-area").click();
    page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(area)).first().click();
    // The grid reuses its cells: one that held the row before filtering may still hold its text while hidden.
    page.locator("vaadin-grid-cell-content >> visible=true").filter(new Locator.FilterOptions().setHasText(product)).first().click();
    assertThat(page).hasURL(BID_URL);
  }

  /** The demand analysis of one product; returns the line naming the revenue-maximising price. */
  public Locator demandOptimum(String product) {
    page.navigate("/staff/bids/demand");
    page.locator("#demand-product input").fill(product);
    page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(product)).first().click();
    assertThat(page.locator("#demand-chart")).isVisible();
    return page.locator("#demand-optimum");
  }

  public void open(long bidId) {
    page.navigate("/bids/" + bidId);
  }

  public Locator state() {
    return page.locator(".bid-state").first();
  }

  public void counter(String unitPrice, String message) {
    page.locator("#bid-counter").click();
    page.locator("#counter-price input").fill(unitPrice);
    page.locator("#counter-message textarea").fill(message);
    page.locator("#counter-send").click();
  }

  public Locator counteroffer() {
    return page.locator("#counteroffer");
  }

  public void acceptCounteroffer() {
    page.locator("#bid-accept-counter").click();
  }

  public Locator order() {
    return page.locator("#order");
  }
}
