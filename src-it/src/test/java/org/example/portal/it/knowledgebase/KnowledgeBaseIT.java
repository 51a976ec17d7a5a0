package org.example.portal.it.knowledgebase;

import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.answer;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.article;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.createCategory;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.createDraft;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.createSection;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.hitIds;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.publish;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.search;
import static org.example.portal.it.knowledgebase.KnowledgeBaseApi.uniqueWord;
import static org.example.portal.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.example.portal.it.knowledgebase.KnowledgeBaseApi.Browser;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.Settings;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The knowledge base through its REST API: publishing, who sees what, search, import and crash recovery. */
class KnowledgeBaseIT extends DeployedPortal {

  private static Person agent;
  private static Person customer;
  private static long categoryId;

  @BeforeAll
  static void staffAndCategory() {
    agent = TestAccounts.inviteStaff("SUPPORT_AGENT", "Kira Knowledge");
    customer = TestAccounts.registerCustomer("Cody Customer");
    categoryId = createCategory(agent.api(), "Category " + UUID.randomUUID().toString().substring(0, 8));
  }

  @Test
  void a_draft_is_invisible_until_published_and_then_found_at_once() {
    String word = uniqueWord();
    long id = createDraft(agent.api(), article(categoryId, "en", "Resetting the " + word, "Hold the " + word + " button for ten seconds.", false));

    assertEquals(List.of(), hitIds(search(PortalApi.anonymous(), word)));
    assertProblem(404, PortalApi.anonymous().get("kb/articles/" + id));

    publish(agent.api(), id);

    assertEquals(List.of(id), hitIds(search(PortalApi.anonymous(), word)));
    PortalApi.Reply read = PortalApi.anonymous().get("kb/articles/" + id);
    assertEquals(200, read.status(), read::toString);
    assertEquals("Resetting the " + word, read.json().getString("title"));
    assertTrue(read.json().getString("html").contains("<p>Hold the " + word), read::toString);
  }

  @Test
  void readers_keep_the_published_text_while_staff_edit_and_an_old_version_can_be_restored() {
    String word = uniqueWord();
    long id = createDraft(agent.api(), article(categoryId, "en", "Pairing the " + word, "First text.", false));
    publish(agent.api(), id);
    PortalApi.Reply edited = agent.api().put("kb/admin/articles/" + id, article(categoryId, "en", "Pairing the " + word, "Second text.", false));
    assertEquals(200, edited.status(), edited::toString);
    assertTrue(edited.json().getBoolean("unpublishedChanges"));

    assertTrue(PortalApi.anonymous().get("kb/articles/" + id).json().getString("html").contains("First text."));
    publish(agent.api(), id);
    assertTrue(PortalApi.anonymous().get("kb/articles/" + id).json().getString("html").contains("Second text."));

    JsonObject restored = agent.api().post("kb/admin/articles/" + id + "/versions/1/restore", Json.createObjectBuilder().build()).json();
    assertEquals(3, restored.getInt("publishedVersion"));
    assertTrue(PortalApi.anonymous().get("kb/articles/" + id).json().getString("html").contains("First text."));
    assertEquals(3, agent.api().get("kb/admin/articles/" + id + "/versions").jsonArray().size());
  }

  @Test
  void internal_and_archived_articles_never_reach_customers_through_rest_or_search() {
    String word = uniqueWord();
    long internal = createDraft(agent.api(), article(categoryId, "en", "Refund limits " + word, "Agents refund up to 200 EUR. " + word, true));
    publish(agent.api(), internal);
    long archived = createDraft(agent.api(), article(categoryId, "en", "Old policy " + word, "Outdated. " + word, false));
    publish(agent.api(), archived);
    assertEquals(200, agent.api().post("kb/admin/articles/" + archived + "/archive", Json.createObjectBuilder().build()).status());

    assertEquals(List.of(), hitIds(search(customer.api(), word)));
    assertEquals(List.of(), hitIds(search(PortalApi.anonymous(), word)));
    assertProblem(404, customer.api().get("kb/articles/" + internal));
    assertProblem(404, customer.api().get("kb/articles/" + archived));
    assertFalse(customer.api().get("kb/articles?categoryId=" + categoryId).body().contains(word));
    assertTrue(customer.api().get("kb/suggestions?q=" + word).jsonArray().isEmpty());

    assertEquals(List.of(internal), hitIds(search(agent.api(), word)));
    assertEquals(200, agent.api().get("kb/articles/" + internal).status());
    assertProblem(403, customer.api().get("kb/admin/articles"));
    assertProblem(401, PortalApi.anonymous().post("kb/admin/articles", article(categoryId, "en", "x", "y", false)));
  }

  @Test
  void a_misspelt_search_finds_the_article_and_odd_characters_never_fail() {
    String word = uniqueWord();
    long id = createDraft(agent.api(), article(categoryId, "en", "Calibrating the " + word + " sensor", "Open the settings and calibrate.", false));
    publish(agent.api(), id);
    String typo = KnowledgeBaseApi.typo(word);

    JsonObject results = search(PortalApi.anonymous(), typo + " sensor");
    assertEquals(id, hitIds(results).get(0));
    assertEquals(word + " sensor", results.getString("correctedText"));
    assertTrue(results.getJsonArray("hits").getJsonObject(0).getString("title").contains("<mark>"), results::toString);

    for (String hostile : List.of("\"", "title:(", "AND OR NOT", "*", "[a TO z]", "<script>", "%", "'; drop table kb_article; --")) {
      PortalApi.Reply reply = PortalApi.anonymous().get("kb/search?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
      assertEquals(200, reply.status(), reply::toString);
    }
    assertEquals(200, PortalApi.anonymous().get("kb/suggestions?q=%22%5B").status());
  }

  @Test
  void suggestions_complete_titles_and_related_articles_share_words() {
    String word = uniqueWord();
    long first = createDraft(agent.api(), article(categoryId, "en", "Charging the " + word + " battery", "Charge the " + word + " battery overnight with the cable.", false));
    long second = createDraft(agent.api(), article(categoryId, "en", "Replacing the " + word + " battery", "A " + word + " battery lasts two years; replace the battery then.", false));
    publish(agent.api(), first);
    publish(agent.api(), second);

    List<String> titles = PortalApi.anonymous().get("kb/suggestions?q=" + word.substring(0, 6)).jsonArray().stream()
        .map(s -> s.asJsonObject().getString("title")).sorted().toList();
    assertEquals(List.of("Charging the " + word + " battery", "Replacing the " + word + " battery"), titles);
    PortalApi.Reply related = PortalApi.anonymous().get("kb/articles/" + first + "/related");
    assertEquals(second, related.jsonArray().getJsonObject(0).getJsonNumber("id").longValue(), related::toString);
  }

  @Test
  void feedback_and_searches_show_up_in_the_analytics() {
    String word = uniqueWord();
    long id = createDraft(agent.api(), article(categoryId, "en", "Unhelpful " + word, "Text.", false));
    publish(agent.api(), id);
    for (int i = 0; i < 3; i++) {
      new Browser().post("kb/articles/" + id + "/feedback",
          Json.createObjectBuilder().add("helpful", false).add("comment", "Did not help").build());
    }
    search(PortalApi.anonymous(), "nothing matches " + word + "xyz");

    JsonObject analytics = agent.api().get("kb/admin/analytics").json();
    assertTrue(analytics.getJsonArray("zeroResultQueries").toString().contains(word + "xyz"), analytics::toString);
    assertTrue(analytics.getJsonArray("mostNotHelpful").toString().contains("Unhelpful " + word), analytics::toString);
    assertEquals(3, PortalApi.anonymous().get("kb/articles/" + id).json().getInt("helpfulNo"));
  }

  @Test
  void each_reader_counts_one_view_a_day_and_has_one_answer_that_they_can_change() {
    long id = createDraft(agent.api(), article(categoryId, "en", "Counting " + uniqueWord(), "Text.", false));
    publish(agent.api(), id);
    String path = "kb/articles/" + id;

    Browser first = new Browser();
    assertEquals(1, first.get(path).getInt("views"));
    assertEquals(1, first.get(path).getInt("views"), "a second look in the same browser session is no new view");
    HttpCookie reader = first.cookies().stream().filter(c -> c.getName().equals("kb_reader")).findFirst().orElseThrow();
    assertTrue(reader.isHttpOnly());
    assertEquals(-1, reader.getMaxAge(), "the cookie ends with the browser session");

    assertEquals(1, first.post(path + "/feedback", answer(true)).getInt("helpfulYes"));
    JsonObject again = first.post(path + "/feedback", answer(true));
    assertEquals(1, again.getInt("helpfulYes"), "answering the same again changes nothing");
    JsonObject changed = first.post(path + "/feedback", answer(false));
    assertEquals(0, changed.getInt("helpfulYes"), changed::toString);
    assertEquals(1, changed.getInt("helpfulNo"), changed::toString);
    assertFalse(first.get(path).getBoolean("yourAnswer"));

    Browser second = new Browser();
    assertTrue(missing(second.get(path), "yourAnswer"));
    assertEquals(2, second.post(path + "/feedback", answer(false)).getInt("helpfulNo"), "another browser session is another reader");

    PortalApi signedIn = customer.api();
    assertEquals(3, signedIn.get(path).json().getInt("views"));
    assertEquals(3, signedIn.get(path).json().getInt("views"));
    assertEquals(1, signedIn.post(path + "/feedback", answer(true)).json().getInt("helpfulYes"));
    assertEquals(1, signedIn.post(path + "/feedback", answer(true)).json().getInt("helpfulYes"));
    JsonObject mind = signedIn.post(path + "/feedback", answer(false)).json();
    assertEquals(0, mind.getInt("helpfulYes"), mind::toString);
    assertEquals(3, mind.getInt("helpfulNo"), mind::toString);
    assertFalse(signedIn.get(path).json().getBoolean("yourAnswer"));

    JsonObject read = PortalApi.anonymous().get(path).json();
    assertEquals(4, read.getInt("views"), "a visitor who keeps no cookie is a new reader");
    assertEquals(0, read.getInt("helpfulYes"));
    assertEquals(3, read.getInt("helpfulNo"));
    assertProblem(400, PortalApi.anonymous().post(path + "/feedback", Json.createObjectBuilder().add("comment", "no answer").build()));
  }

  @Test
  void staff_rename_and_reorder_categories_and_sections_and_readers_see_the_new_order() {
    String tag = uniqueWord();
    long parent = createCategory(agent.api(), "Devices " + tag);
    long first = createSection(agent.api(), parent, "Batteries " + tag);
    long second = createSection(agent.api(), parent, "Cables " + tag);
    long third = createSection(agent.api(), parent, "Screens " + tag);
    assertEquals(List.of("Batteries " + tag, "Cables " + tag, "Screens " + tag), sectionNames(parent));

    PortalApi.Reply reordered = agent.api().put("kb/admin/categories/order", order(parent, third, first, second));
    assertEquals(200, reordered.status(), reordered::toString);
    PortalApi.Reply renamed = agent.api().put("kb/admin/categories/" + first,
        Json.createObjectBuilder().add("parentId", parent).add("name", "Power " + tag).build());
    assertEquals(200, renamed.status(), renamed::toString);

    assertEquals(List.of("Screens " + tag, "Power " + tag, "Cables " + tag), sectionNames(parent));

    List<Long> tops = categories().stream().filter(c -> missing(c, "parentId")).map(c -> c.getJsonNumber("id").longValue()).toList();
    List<Long> parentFirst = new java.util.ArrayList<>(List.of(parent));
    tops.stream().filter(t -> t != parent).forEach(parentFirst::add);
    assertEquals(200, agent.api().put("kb/admin/categories/order", order(null, parentFirst.stream().mapToLong(Long::longValue).toArray())).status());
    assertEquals(parent, categories().stream().filter(c -> missing(c, "parentId")).findFirst().orElseThrow().getJsonNumber("id").longValue());

    PortalApi.Reply incomplete = agent.api().put("kb/admin/categories/order", order(parent, third, first));
    assertProblem(400, incomplete);
    assertTrue(incomplete.body().contains("Cables " + tag), incomplete::toString);
    assertProblem(400, agent.api().put("kb/admin/categories/order", order(parent, third, first, first)));
    assertProblem(403, customer.api().put("kb/admin/categories/order", order(parent, first, second, third)));
    assertEquals(List.of("Screens " + tag, "Power " + tag, "Cables " + tag), sectionNames(parent));
  }

  private static JsonObject order(Long parent, long... ids) {
    var list = Json.createArrayBuilder();
    for (long id : ids) {
      list.add(id);
    }
    var body = Json.createObjectBuilder().add("ids", list);
    if (parent != null) {
      body.add("parentId", parent);
    }
    return body.build();
  }

  /** The categories as an anonymous reader gets them, in the order the help centre shows them. */
  private static List<JsonObject> categories() {
    return PortalApi.anonymous().get("kb/categories").jsonArray().stream().map(JsonValue::asJsonObject).toList();
  }

  /** Null, whether JSON-B writes it as null or leaves the property out. */
  private static boolean missing(JsonObject json, String name) {
    return !json.containsKey(name) || json.isNull(name);
  }

  private static List<String> sectionNames(long parent) {
    return categories().stream()
        .filter(c -> !missing(c, "parentId") && c.getJsonNumber("parentId").longValue() == parent)
        .map(c -> c.getString("name"))
        .toList();
  }

  @Test
  void a_zip_of_markdown_and_html_is_imported_and_unusable_files_are_reported() throws IOException {
    String word = uniqueWord();
    byte[] zip = zip(
        "faq/shipping.md", "# Shipping " + word + "\n\nWe ship worldwide.",
        "faq/returns.html", "<html><head><title>Returns " + word + "</title></head><body><p>Within 30 days.</p></body></html>",
        "faq/logo.png", "not an article",
        "faq/notes.md", "no heading here");
    PortalApi.Reply reply = agent.api().postBytes("kb/admin/import?publish=true&language=en&categoryId=" + categoryId, "application/zip", zip);
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(2, reply.json().getInt("imported"), reply::toString);
    assertEquals(2, reply.json().getJsonArray("skipped").size(), reply::toString);
    assertEquals(2, hitIds(search(PortalApi.anonymous(), word)).size());
  }

  @Test
  void an_article_committed_without_indexing_is_found_after_reconciliation_and_a_deleted_one_is_removed() throws SQLException {
    String word = uniqueWord();
    long id = 900_000_000L + (long) (Math.random() * 1_000_000);
    // A crash between commit and indexing: the row exists, the index never heard of it.
    executeSql("insert into kb_article (id, category_id, language, title, body, status, internal, position,"
          + " published_number, published_title, published_body, published_at, unpublished_changes, views, helpful_yes,"
          + " helpful_no, index_revision, created_at, updated_at, version) values (" + id + ", " + categoryId
          + ", 'en', 'Crash " + word + "', 'Body', 'PUBLISHED', false, 0, 1, 'Crash " + word + "', 'Written while the index was away',"
          + " now(), false, 0, 0, 0, 1, now(), now(), 1)");
    assertEquals(List.of(), hitIds(search(PortalApi.anonymous(), word)));

    PortalApi.Reply reconciled = PortalApi.admin().post("admin/search/knowledge-base/reconcile", Json.createObjectBuilder().build());
    assertEquals(200, reconciled.status(), reconciled::toString);
    assertTrue(reconciled.json().getInt("indexed") >= 1, reconciled::toString);
    assertEquals(List.of(id), hitIds(search(PortalApi.anonymous(), word)));

    executeSql("delete from kb_article where id = " + id);
    PortalApi.admin().post("admin/search/knowledge-base/reconcile", Json.createObjectBuilder().build());
    assertEquals(List.of(), hitIds(search(PortalApi.anonymous(), word)));
  }

  @Test
  void a_full_rebuild_reports_progress_until_it_finishes_and_the_openapi_document_lists_the_knowledge_base() throws InterruptedException {
    PortalApi admin = PortalApi.admin();
    assertEquals(202, admin.post("admin/search/knowledge-base/rebuild", Json.createObjectBuilder().build()).status());
    JsonObject progress = admin.get("admin/search/knowledge-base/rebuild").json();
    for (int i = 0; i < 100 && !progress.getBoolean("finished"); i++) {
      Thread.sleep(100);
      progress = admin.get("admin/search/knowledge-base/rebuild").json();
    }
    assertTrue(progress.getBoolean("finished"), progress::toString);
    assertFalse(progress.containsKey("failure") && !progress.isNull("failure"), progress::toString);
    assertProblem(403, customer.api().post("admin/search/knowledge-base/rebuild", Json.createObjectBuilder().build()));
    PortalApi.Reply openApi = PortalApi.anonymous().get("openapi.json");
    assertEquals(200, openApi.status(), openApi::toString);
    assertTrue(openApi.body().contains("/kb/search"), "the OpenAPI document lists the knowledge base");
  }

  /** Changes the database behind the portal's back, as a crash between commit and indexing would leave it. */
  private static void executeSql(String statement) throws SQLException {
    try (Connection db = DriverManager.getConnection(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword());
        Statement sql = db.createStatement()) {
      sql.executeUpdate(statement);
    }
  }

  private static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
