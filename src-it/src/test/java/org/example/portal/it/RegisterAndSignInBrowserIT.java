package org.example.portal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.example.portal.it.browser.Chromium;
import org.example.portal.it.browser.HomePage;
import org.example.portal.it.browser.LoginPage;
import org.example.portal.it.browser.RegisterPage;
import org.example.portal.it.browser.ScreenshotOnFailure;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The web UI in headless Chromium: a customer registers, signs out and signs in again. */
@ExtendWith({Chromium.class, ScreenshotOnFailure.class})
class RegisterAndSignInBrowserIT extends DeployedPortal {

  @Test
  void a_customer_registers_is_greeted_by_name_signs_out_and_signs_in_again(Page page) {
    String email = TestAccounts.uniqueEmail("browser");
    String name = "Bruno Browser";

    HomePage anonymousHome = HomePage.open(page);
    assertThat(anonymousHome.greeting()).hasText("Welcome to the customer portal");
    RegisterPage register = anonymousHome.goToRegister();
    assertThat(page).hasURL(Pattern.compile("/register$"));

    HomePage home = register.register(email, name, TestAccounts.PASSWORD);
    assertThat(home.greeting()).hasText("Welcome, " + name);

    LoginPage login = home.signOut();
    assertThat(page).hasURL(Pattern.compile("/login"));

    HomePage again = login.signIn(email, TestAccounts.PASSWORD);
    assertThat(again.greeting()).hasText("Welcome, " + name);
  }
}
