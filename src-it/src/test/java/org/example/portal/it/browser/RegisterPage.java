package org.example.portal.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** /register: a customer creates an account and is signed in straight away. */
public class RegisterPage {

  private final Page page;

  RegisterPage(Page page) {
    this.page = page;
    assertThat(page.locator("#register-submit")).isVisible();
  }

  public static RegisterPage open(Page page) {
    page.navigate("/register");
    return new RegisterPage(page);
  }

  public HomePage register(String email, String displayName, String password) {
    page.locator("#email input").fill(email);
    page.locator("#display-name input").fill(displayName);
    page.locator("#password input").fill(password);
    page.locator("#confirm-password input").fill(password);
    page.locator("#register-submit").click();
    return new HomePage(page);
  }
}
