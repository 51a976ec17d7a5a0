package org.example.portal.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The front page, with the header every page shares. */
public class HomePage {

  private final Page page;

  public HomePage(Page page) {
    this.page = page;
  }

  public static HomePage open(Page page) {
    page.navigate("/");
    return new HomePage(page);
  }

  /** "Welcome, NAME" when signed in, the portal's welcome otherwise. */
  public Locator greeting() {
    return page.locator("#home-greeting");
  }

  /** The header's link to the registration form. */
  public RegisterPage goToRegister() {
    page.locator("#register").click();
    return new RegisterPage(page);
  }

  public LoginPage signOut() {
    page.locator("#sign-out").click();
    return new LoginPage(page);
  }
}
