package org.example.portal.it.feedback;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.example.portal.it.feedback.IdeasApi.submit;
import static org.example.portal.it.feedback.IdeasApi.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.portal.it.browser.Chromium;
import org.example.portal.it.browser.HomePage;
import org.example.portal.it.browser.IdeaPages;
import org.example.portal.it.browser.LoginPage;
import org.example.portal.it.browser.ScreenshotOnFailure;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.Mailbox.Mail;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer starts typing an idea, sees that it exists and votes for it instead; a product manager merges a
 * duplicate into it and the duplicate's voters are told, by an e-mail whose unsubscribe link works.
 */
@ExtendWith({Chromium.class, ScreenshotOnFailure.class})
class IdeaBrowserIT extends DeployedPortal {

  @Test
  void a_customer_votes_for_the_similar_idea_instead_and_a_merge_tells_the_voters(Page page) {
    long areaId = Catalog.newProduct("Hiking boot", "EUR").areaId();
    String word = "trailgrip" + (System.nanoTime() % 100_000);
    Person author = TestAccounts.registerCustomer("Hana Hiker");
    Person duplicateVoter = TestAccounts.registerCustomer("Dino Duplicate");
    Person customer = TestAccounts.registerCustomer("Cleo Climber");
    Person manager = TestAccounts.inviteStaff("PRODUCT_MANAGER", "Mona Manager");
    String targetTitle = "Wide fit " + word + " hiking boots";
    long target = submit(author, targetTitle, "For people with wide feet.", areaId);
    long duplicate = submit(duplicateVoter, "Boots in " + word + " wide sizes", "", areaId);
    vote(duplicateVoter, duplicate);
    IdeaPages ideas = new IdeaPages(page);

    LoginPage.signInAs(page, customer);
    assertThat(ideas.typeNewIdeaTitle("wide " + word + " boots")).containsText(targetTitle);
    ideas.voteForSuggestion(targetTitle);
    assertThat(page).hasURL(Pattern.compile("/ideas/" + target + "$"));
    assertThat(ideas.voteCount()).hasText("Votes: 1");
    assertThat(ideas.voteButton()).hasText("Remove vote");
    new HomePage(page).signOut();

    LoginPage.signInAs(page, manager);
    ideas.open(duplicate);
    ideas.mergeInto(word, targetTitle, target);
    assertThat(ideas.voteCount()).hasText("Votes: 2");
    new HomePage(page).signOut();

    Mail told = Mailbox.awaitMailTo(duplicateVoter.email(), "merged");
    assertTrue(told.body().contains(targetTitle), told::body);
    ideas.open(duplicate);
    assertThat(page).hasURL(Pattern.compile("/ideas/" + target + "$"));
    assertThat(ideas.heading()).hasText(targetTitle);
    assertEquals(2, IdeasApi.votes(target));

    // The e-mail's unsubscribe link works without signing in.
    Matcher unsubscribe = Pattern.compile("http\\S+/ideas/unsubscribe\\?\\S+").matcher(told.body());
    assertTrue(unsubscribe.find(), told::body);
    page.navigate(unsubscribe.group());
    page.locator("#unsubscribe-idea").click();
    assertThat(page.locator("#unsubscribe-result")).containsText("no more e-mails");
  }
}
