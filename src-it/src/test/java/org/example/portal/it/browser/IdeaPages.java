package org.example.portal.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** The idea pages: proposing an idea with its similar-idea suggestions, and one idea's page for customers and staff. */
public final class IdeaPages {

  private final Page page;

  public IdeaPages(Page page) {
    this.page = page;
  }

  /** Starts a new idea and types its title; returns the suggestions box that appears while typing. */
  public Locator typeNewIdeaTitle(String title) {
    page.navigate("/ideas/new");
    page.locator("#idea-title input").pressSequentially(title, new Locator.PressSequentiallyOptions().setDelay(20));
    return page.locator("#idea-similar");
  }

  /** Votes for the suggested idea with this title instead of submitting a new one. */
  public void voteForSuggestion(String title) {
    page.locator(".similar-idea").filter(new Locator.FilterOptions().setHasText(title)).locator(".similar-idea-vote").click();
  }

  public void open(long ideaId) {
    page.navigate("/ideas/" + ideaId);
  }

  public Locator heading() {
    return page.locator("#idea-heading");
  }

  public Locator voteCount() {
    return page.locator("#idea-vote-count");
  }

  public Locator voteButton() {
    return page.locator("#idea-vote");
  }

  /** As a product manager on a duplicate's page: merges it into the idea found by these words. */
  public void mergeInto(String searchWords, String targetTitle, long targetId) {
    page.locator("vaadin-details").filter(new Locator.FilterOptions().setHasText("Merge into another idea")).locator("vaadin-details-summary").click();
    page.locator("#idea-merge-target input").fill(searchWords);
    page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(targetTitle)).first().click();
    page.locator("#idea-merge").click();
    assertThat(page).hasURL(Pattern.compile("/ideas/" + targetId + "$"));
  }
}
