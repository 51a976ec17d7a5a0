package org.example.portal.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** /help/article/{id}: one article as readers see it. */
public class ArticlePage {

  private final Page page;

  ArticlePage(Page page) {
    this.page = page;
  }

  public Locator title() {
    return page.locator("#kb-article-title");
  }

  public Locator body() {
    return page.locator("#kb-article-body");
  }
}
