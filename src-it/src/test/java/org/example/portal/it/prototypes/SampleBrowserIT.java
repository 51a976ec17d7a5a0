package org.example.portal.it.prototypes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.example.portal.it.prototypes.SampleFixtures.id;
import static org.example.portal.it.prototypes.SampleFixtures.program;
import static org.example.portal.it.prototypes.SampleFixtures.publish;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import org.example.portal.it.browser.Chromium;
import org.example.portal.it.browser.HomePage;
import org.example.portal.it.browser.LoginPage;
import org.example.portal.it.browser.SamplePages;
import org.example.portal.it.browser.ScreenshotOnFailure;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.Catalog.TestProduct;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer applies for a sample accepting the terms, the product team approves, ships and records the
 * delivery, the customer saves a draft and then gives the feedback, and the program's results show it.
 */
@ExtendWith({Chromium.class, ScreenshotOnFailure.class})
class SampleBrowserIT extends DeployedPortal {

  @Test
  void a_customer_applies_gets_the_sample_and_gives_feedback_that_the_results_show(Page page) {
    TestProduct product = Catalog.newProduct("Trail shoe", "EUR");
    Person manager = TestAccounts.inviteStaff("PRODUCT_MANAGER", "Sam Sampler");
    Person customer = TestAccounts.registerCustomer("Tess Tester");
    JsonObject program = publish(manager, program(product.areaId(), "Browser shoe", 3).build());
    SamplePages samples = new SamplePages(page);

    LoginPage.signInAs(page, customer);
    long request = samples.apply(id(program), "I run trails every weekend");
    assertThat(samples.state()).hasText("Applied");
    new HomePage(page).signOut();

    LoginPage.signInAs(page, manager);
    samples.approveShipAndDeliver(id(program), request, "DHL", "JD0042");
    new HomePage(page).signOut();
    assertTrue(Mailbox.awaitMailTo(customer.email(), "has shipped").body().contains("JD0042"));

    LoginPage.signInAs(page, customer);
    samples.openRequest(request);
    assertThat(samples.state()).hasText("Delivered");
    samples.rate(1, 4);
    samples.textAnswer(4).fill("Grippy, but the laces are short");
    samples.saveDraft();
    assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Draft saved"))).isVisible();
    samples.openRequest(request);
    assertThat(samples.textAnswer(4)).hasValue("Grippy, but the laces are short");
    samples.rate(1, 4);
    samples.sendFeedback();
    assertThat(samples.feedbackProblem()).containsText("question 3 (Would you buy it?)");
    samples.choose(3, "Yes");
    samples.sendFeedback();
    assertThat(samples.state()).hasText("Feedback received");
    new HomePage(page).signOut();

    LoginPage.signInAs(page, manager);
    samples.openResults(id(program));
    assertThat(samples.figures()).containsText("100 %");
    assertThat(samples.questionResult(1)).containsText("Average 4.00");
    assertThat(samples.questionResult(4)).containsText("Grippy, but the laces are short");
  }
}
