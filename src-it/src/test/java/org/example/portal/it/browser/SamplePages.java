package org.example.portal.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sample pages: a customer's programs, apply dialog and request page; the team's review and results. */
public final class SamplePages {

  private static final Pattern REQUEST_URL = Pattern.compile("/samples/requests/(\\d+)$");

  private final Page page;

  public SamplePages(Page page) {
    this.page = page;
  }

  /** Applies for a program from /samples, accepting its terms; returns the new request's id from the page it opens. */
  public long apply(long programId, String motivation) {
    page.navigate("/samples");
    page.locator("#sample-apply-" + programId).click();
    assertThat(page.locator("#apply-terms-text")).isVisible();
    page.locator("#apply-accept input").check();
    page.locator("#apply-motivation textarea").fill(motivation);
    page.locator("#apply-save").click();
    assertThat(page).hasURL(REQUEST_URL);
    Matcher m = REQUEST_URL.matcher(page.url());
    if (!m.find()) {
      throw new AssertionError("Not on a sample request page: " + page.url());
    }
    return Long.parseLong(m.group(1));
  }

  public void openRequest(long requestId) {
    page.navigate("/samples/requests/" + requestId);
  }

  public Locator state() {
    return page.locator(".sample-state").first();
  }

  /** As the product team: approves, ships and records the delivery of one request on the program's review page. */
  public void approveShipAndDeliver(long programId, long requestId, String carrier, String tracking) {
    page.navigate("/staff/samples/" + programId + "/requests");
    page.locator("#review-approve-" + requestId).click();
    page.locator("#review-ship-" + requestId).click();
    page.locator("#review-carrier input").fill(carrier);
    page.locator("#review-tracking input").fill(tracking);
    page.locator("#ship-save").click();
    page.locator("#review-deliver-" + requestId).click();
    assertThat(page.locator("#review-requests")).containsText("Delivered");
  }

  public void rate(int question, int rating) {
    page.locator("#feedback-q" + question + " vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(String.valueOf(rating))).first().click();
  }

  public void choose(int question, String choice) {
    page.locator("#feedback-q" + question + " vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(choice)).first().click();
  }

  public Locator textAnswer(int question) {
    return page.locator("#feedback-q" + question + " textarea");
  }

  public void saveDraft() {
    page.locator("#feedback-save").click();
  }

  public void sendFeedback() {
    page.locator("#feedback-submit").click();
  }

  public Locator feedbackProblem() {
    return page.locator("#feedback-problem");
  }

  public void openResults(long programId) {
    page.navigate("/staff/samples/" + programId + "/results");
  }

  public Locator figures() {
    return page.locator("#results-figures");
  }

  public Locator questionResult(int question) {
    return page.locator("#results-q" + question);
  }
}
