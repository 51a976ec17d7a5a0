package org.example.portal.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.example.portal.it.support.TestAccounts;

/** /login: Vaadin's login form with e-mail and password. */
public class LoginPage {

  private final Page page;

  LoginPage(Page page) {
    this.page = page;
    assertThat(form()).isVisible();
  }

  /**
   * Signs in and waits for the home page to greet the person by name. A sign-in right after a sign-out
   * sometimes lands on the home page still anonymous (the old session's last requests settle after the new one
   * starts); that is seen here and the sign-in is done once more, so a test's next step never runs signed out.
   */
  public static HomePage signInAs(Page page, TestAccounts.Person person) {
    String expected = "Welcome, " + person.displayName();
    HomePage home = open(page).signIn(person.email(), person.password());
    assertThat(home.greeting()).hasText(Pattern.compile("^Welcome"));
    if (!expected.equals(home.greeting().textContent())) {
      home = open(page).signIn(person.email(), person.password());
    }
    assertThat(home.greeting()).hasText(expected);
    return home;
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
