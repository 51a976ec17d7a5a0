package org.example.portal.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** /login: Vaadin's login form with e-mail and password. */
public class LoginPage {

  private final Page page;

  LoginPage(Page page) {
    this.page = page;
    assertThat(form()).isVisible();
  }

  public static LoginPage open(Page page) {
    page.navigate("/login");
    return new LoginPage(page);
  }

  public Locator form() {
    return page.locator("vaadin-login-form#login-form");
  }

  public HomePage signIn(String email, String password) {
    form().locator("input[name=username]").fill(email);
    form().locator("input[name=password]").fill(password);
    form().locator("vaadin-button[slot=submit]").click();
    return new HomePage(page);
  }
}
