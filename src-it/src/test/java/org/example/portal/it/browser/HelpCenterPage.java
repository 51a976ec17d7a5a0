package org.example.portal.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** /help: the help centre's search with suggestions and results. */
public class HelpCenterPage {

  private final Page page;

  HelpCenterPage(Page page) {
    this.page = page;
  }

  public static HelpCenterPage open(Page page) {
    page.navigate("/help");
    return new HelpCenterPage(page);
  }

  /** Types as a person does, key by key, so suggestions appear while typing. */
  public HelpCenterPage type(String text) {
    page.locator("#kb-search input").pressSequentially(text, new Locator.PressSequentiallyOptions().setDelay(40));
    return this;
  }

  public Locator suggestions() {
    return page.locator("#kb-suggestions a");
  }

  public HelpCenterPage submit() {
    page.locator("#kb-search input").press("Enter");
    return this;
  }

  public Locator resultTitles() {
    return page.locator("#kb-results .kb-hit-title");
  }

  public Locator correction() {
    return page.locator("#kb-corrected");
  }

  public ArticlePage openResult(int index) {
    resultTitles().nth(index).click();
    return new ArticlePage(page);
  }
}
