package org.example.portal.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** /kb/manage/article: staff write and publish an article. */
public class ArticleEditorPage {

  private final Page page;

  ArticleEditorPage(Page page) {
    this.page = page;
    assertThat(page.locator("#kb-edit-title")).isVisible();
  }

  /** Opens a new article; a visitor who is not signed in signs in first and comes back here. */
  public static ArticleEditorPage openNew(Page page, String email, String password) {
    page.navigate("/kb/manage/article");
    new LoginPage(page).signIn(email, password);
    return new ArticleEditorPage(page);
  }

  public ArticleEditorPage write(String category, String title, String markdown) {
    page.locator("#kb-edit-category").click();
    page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(category)).click();
    page.locator("#kb-edit-title input").fill(title);
    page.locator("#kb-edit-body textarea").fill(markdown);
    return this;
  }

  public Locator preview() {
    return page.locator("#kb-preview");
  }

  public ArticleEditorPage publish() {
    page.locator("#kb-publish").click();
    return this;
  }

  public Locator status() {
    return page.locator("#kb-status");
  }
}
