package org.example.portal.it.knowledgebase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.article;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.createCategory;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.createDraft;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.createSection;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.publish;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.uniqueWord;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.example.portal.it.browser.ArticleEditorPage;
import org.example.portal.it.browser.ArticlePage;
import org.example.portal.it.browser.Chromium;
import org.example.portal.it.browser.HelpCenterPage;
import org.example.portal.it.browser.LoginPage;
import org.example.portal.it.browser.ScreenshotOnFailure;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The help centre in headless Chromium: a visitor finds an article despite a typo; staff publish one. */
@ExtendWith({Chromium.class, ScreenshotOnFailure.class})
class KnowledgeBaseBrowserIT extends DeployedPortal {

  private static Person agent;
  private static String category;
  private static long categoryId;

  @BeforeAll
  static void staffAndCategory() {
    agent = TestAccounts.inviteStaff("SUPPORT_AGENT", "Bea Browser");
    category = "Devices " + UUID.randomUUID().toString().substring(0, 8);
    categoryId = createCategory(agent.api(), category);
  }

  @Test
  void a_visitor_searches_with_a_typo_sees_suggestions_while_typing_and_opens_the_right_article(Page page) {
    String word = uniqueWord();
    String title = "Pairing the " + word + " with your phone";
    publish(agent.api(), createDraft(agent.api(), article(categoryId, "en", title, "Open Bluetooth settings and choose the " + word + ".", false)));
    publish(agent.api(), createDraft(agent.api(), article(categoryId, "en", "Cleaning the " + word, "Use a dry cloth.", false)));
    String typo = KnowledgeBaseApi.typo(word);

    HelpCenterPage help = HelpCenterPage.open(page);
    help.type("pairing " + word.substring(0, 5));
    assertThat(help.suggestions()).hasText(title);

    help.submit();
    help.resultTitles().first().waitFor();
    page.locator("#kb-search input").fill("");
    help.type(typo + " phone").submit();
    assertThat(help.correction()).containsText(word + " phone");
    assertThat(help.resultTitles().first()).hasText(title);

    ArticlePage article = help.openResult(0);
    assertThat(article.title()).hasText(title);
    assertThat(article.body()).containsText("Open Bluetooth settings");
    assertThat(page.locator("#kb-article-views")).hasText("1 view");

    page.locator("#kb-helpful-yes").click();
    page.locator("#kb-feedback-send").click();
    assertThat(page.locator("#kb-feedback-status")).containsText("Your answer: Yes");
    page.reload();
    assertThat(page.locator("#kb-article-views")).hasText("1 view");
    assertThat(page.locator("#kb-feedback-status")).containsText("Your answer: Yes");
    page.locator("#kb-helpful-no").click();
    page.locator("#kb-feedback-send").click();
    assertThat(page.locator("#kb-feedback-status")).containsText("Your answer: No");
  }

  @Test
  void staff_publish_an_article_and_a_visitor_finds_it_at_once(Page page) {
    String word = uniqueWord();
    String title = "Updating the " + word + " firmware";

    ArticleEditorPage editor = ArticleEditorPage.openNew(page, agent.email(), agent.password());
    editor.write(category, title, "Download the **" + word + "** update and <script>alert(1)</script> install it.");
    assertThat(editor.preview().locator("strong")).hasText(word);
    assertThat(editor.preview()).containsText("<script>alert(1)</script>");
    editor.publish();
    assertThat(editor.status()).hasText("Published");

    HelpCenterPage help = HelpCenterPage.open(page.context().newPage());
    help.type(word).submit();
    assertThat(help.resultTitles().first()).hasText(title);
  }

  @Test
  void staff_rename_a_section_and_move_another_up_and_the_help_centre_shows_the_new_order(Page page) {
    String tag = uniqueWord();
    String parent = "Accessories " + tag;
    long parentId = createCategory(agent.api(), parent);
    long cases = createSection(agent.api(), parentId, "Cases " + tag);
    long straps = createSection(agent.api(), parentId, "Straps " + tag);

    LoginPage.signInAs(page, agent);
    page.navigate("/kb/manage");
    page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Categories")).click();
    page.locator("#kb-category-up-" + straps).click();
    assertThat(page.locator("#kb-category-up-" + straps)).isDisabled();
    page.locator("#kb-category-rename-" + cases).click();
    page.locator("#kb-category-new-name input").fill("Covers " + tag);
    page.locator("#kb-category-save").click();
    assertThat(page.locator("#kb-category-new-name")).isHidden();

    Page visitor = page.context().newPage();
    HelpCenterPage.open(visitor);
    Locator card = visitor.locator(".kb-category", new Page.LocatorOptions().setHasText(parent));
    assertThat(card.locator("h4")).hasText(new String[] {"Straps " + tag, "Covers " + tag});
  }
}
