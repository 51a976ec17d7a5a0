package org.example.portal.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexTest {

  private static final Map<String, Set<String>> PUBLIC = Map.of("audience", Set.of("public"));

  private final SearchIndex index = SearchIndex.open("test", new ByteBuffersDirectory());

  SearchIndexTest() {
    index.putAll(List.of(
        doc("1", "en", "How do I install Python on Windows?", "Download the installer from python.org and run it. Tick \"Add to PATH\".", "public"),
        doc("2", "en", "Resetting your password", "Use the forgotten password link on the sign-in page; we e-mail you a one-time link.", "public"),
        doc("3", "en", "Internal: refund approval limits", "Agents may refund up to 200 EUR without approval.", "internal"),
        doc("4", "ru", "Как сбросить пароль", "Нажмите ссылку «Забыли пароль» на странице входа, и мы отправим письмо.", "public"),
        doc("5", "uz", "Parolni qanday tiklash mumkin?", "Kirish sahifasidagi havolani bosing, biz sizga xat yuboramiz. O‘zbekiston bo‘ylab yetkazib berish.", "public"),
        doc("6", "fa", "چگونه رمز عبور را بازیابی کنم؟", "روی پیوند فراموشی رمز عبور در صفحه ورود کلیک کنید.", "public"),
        doc("7", "en", "Installing packages with pip", "Run pip install followed by the package name; pip downloads packages from PyPI.", "public")));
  }

  private static SearchDocument doc(String id, String language, String title, String body, String audience) {
    return new SearchDocument(id, 1, language, title, body, Map.of("audience", audience));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private SearchResults search(String text, String language) {
    return index.search(SearchQuery.of(text, language, PUBLIC));
  }

  private List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void aSearchSeesEveryWriteThatReturnedBeforeItEvenWhenWritesAndSearchesInterleave() throws Exception {
    int writers = 4;
    int perWriter = 50;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(pool.submit(() -> {
          for (int i = 0; i < perWriter; i++) {
            String id = "w" + writer + "-" + i;
            index.put(doc(id, "en", "Lantern number " + id, "A lantern written by writer " + writer, "public"));
            // Each writer reads its own write at once, while the others go on writing.
            List<String> found = ids(index.search(SearchQuery.of("\"Lantern number " + id + "\"", "en", PUBLIC)));
            assertTrue(found.contains(id), id + " not in " + found);
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(7 + writers * perWriter, index.size());
  }

  @Test
  void englishWordsMatchTheirOtherForms() {
    assertEquals("1", ids(search("installation of python", "en")).get(0));
    assertEquals("2", ids(search("reset passwords", "en")).get(0));
  }

  @Test
  void aMisspeltWordStillFindsTheArticleAndIsCorrected() {
    SearchResults results = search("pyhton instal", "en");
    assertEquals("1", ids(results).get(0));
    assertEquals("python install", results.correctedText());
  }

  @Test
  void correctlySpeltSearchesAreNotCorrected() {
    assertNull(search("python", "en").correctedText());
  }

  @Test
  void russianIsStemmed() {
    assertEquals(List.of("4"), ids(search("сбросить пароли", "ru")));
  }

  @Test
  void uzbekMatchesWhateverApostropheOrScriptIsUsed() {
    assertEquals(List.of("5"), ids(search("parol", "uz")));
    assertEquals(List.of("5"), ids(search("ozbekiston", "uz")));
    assertEquals(List.of("5"), ids(search("O'zbekiston", "uz")));
    assertEquals(List.of("5"), ids(search("Ўзбекистон", "uz")));
  }

  @Test
  void persianTextIsNormalizedAndFound() {
    assertEquals(List.of("6"), ids(search("رمز عبور", "fa")));
  }

  @Test
  void otherLanguagesAreSearchedWhenTheSearchersLanguageHasNoHit() {
    SearchResults results = search("пароль", "en");
    assertTrue(results.otherLanguages());
    assertEquals("4", ids(results).get(0));
    assertFalse(search("password", "en").otherLanguages());
  }

  @Test
  void filtersKeepInternalDocumentsAwayFromCustomers() {
    assertEquals(0, search("refund approval", "en").total());
    SearchResults staff = index.search(SearchQuery.of("refund approval", "en", Map.of()));
    assertEquals(List.of("3"), ids(staff));
  }

  @Test
  void aFilterThatAllowsNearlyEveryDocumentStillKeepsTheOthersAndThoseWithoutTheKeyOut() {
    // Six of the seven documents are public: the filter is asked as "not internal" while every document has an
    // audience, and as "public" again once one has none.
    assertEquals(List.of(), ids(search("refund approval", "en")));
    assertEquals(List.of("7"), ids(index.search(SearchQuery.of("pip", "en", Map.of("audience", Set.of("public", "internal"))))));
    index.put(new SearchDocument("30", 1, "en", "Refunds without an audience", "Refund approval limits.", Map.of()));
    assertEquals(List.of(), ids(search("refund approval", "en")));
    assertEquals(Set.of("3", "30"), Set.copyOf(ids(index.search(SearchQuery.of("refund approval", "en", Map.of())))));
    assertEquals(List.of(), ids(index.search(SearchQuery.of("pip", "en", Map.of("audience", Set.of())))));
  }

  @Test
  void titlesMarkEveryFormOfTheSearchedWords() {
    SearchHit hit = search("install python", "en").hits().get(0);
    assertEquals("How do I <mark>install</mark> <mark>Python</mark> on Windows?", hit.title());
  }

  @Test
  void snippetsMarkTheMatchedWordsAndEscapeEverythingElse() {
    index.put(doc("8", "en", "Script <b>tags</b>", "Never <script>alert(1)</script> run scripts from e-mails.", "public"));
    SearchHit hit = search("scripts", "en").hits().get(0);
    assertEquals("8", hit.id());
    assertTrue(hit.snippet().contains("<mark>scripts</mark>"), hit.snippet());
    assertFalse(hit.snippet().contains("<script>"), hit.snippet());
    assertTrue(hit.title().contains("&lt;b&gt;"), hit.title());
  }

  @Test
  void aQuotedPhraseRanksTheExactPhraseFirst() {
    List<String> ids = ids(search("\"pip install\"", "en"));
    assertEquals("7", ids.get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", " ", "\"", "\"\"", "\"unclosed phrase", "AND", "OR NOT", "+-&&||!(){}[]^\"~*?:\\/", "title:python", "python*",
      "pyth?n", "python~2", "[a TO z]", "((((python", "*:*", "%00", "'; drop table kb_article; --", "<script>alert(1)</script>",
      "\u0000\u0001", "😀🔥", "a b c d e f g h i j k l m n o p q r s t u v w x y z", "/.*/"})
  void hostileQueriesNeverFail(String text) {
    SearchResults results = search(text, "en");
    assertTrue(results.total() >= 0);
    index.suggest(text, "en", PUBLIC, 5);
  }

  @Test
  void operatorsAreSearchedAsWords() {
    assertEquals("1", ids(search("python AND windows OR -installer", "en")).get(0));
    assertEquals("1", ids(search("(python) [windows]", "en")).get(0));
  }

  @Test
  void veryLongQueriesAreCutNotRefused() {
    String text = "python ".repeat(5000);
    assertEquals("1", ids(search(text, "en")).get(0));
  }

  @Test
  void pagesDoNotOverlapAndKeepOneOrder() {
    List<String> all = ids(index.search(SearchQuery.of("password pip python", "en", PUBLIC).page(0, 10)));
    List<String> first = ids(index.search(SearchQuery.of("password pip python", "en", PUBLIC).page(0, 1)));
    List<String> second = ids(index.search(SearchQuery.of("password pip python", "en", PUBLIC).page(1, 1)));
    assertEquals(all.subList(0, 2), List.of(first.get(0), second.get(0)));
  }

  @Test
  void suggestionsCompleteTheLastWordAndRespectFilters() {
    assertEquals(List.of("How do I install Python on Windows?", "Installing packages with pip"),
        index.suggest("inst", "en", PUBLIC, 5).stream().map(Suggestion::title).sorted().toList());
    assertEquals(List.of("1"), index.suggest("python inst", "en", PUBLIC, 5).stream().map(Suggestion::id).toList());
    assertTrue(index.suggest("refu", "en", PUBLIC, 5).isEmpty());
  }

  @Test
  void similarDocumentsShareWordsAndNeverIncludeTheDocumentItself() {
    List<String> similar = index.similar("1", PUBLIC, 3).stream().map(SearchHit::id).toList();
    assertFalse(similar.contains("1"));
    assertEquals("7", similar.get(0));
    assertEquals("2", index.similarTo("I forgot my password and cannot sign in", "en", PUBLIC, 3).get(0).id());
  }

  @Test
  void similarIdsRankAsSimilarDocumentsDoFromTheirMostTellingWords() {
    List<String> similar = index.similar("1", PUBLIC, 3).stream().map(SearchHit::id).toList();
    List<SearchIndex.Match> matches = index.similarIds("1", PUBLIC, 3, 25);
    assertEquals(similar, matches.stream().map(SearchIndex.Match::id).toList());
    assertTrue(matches.get(0).score() >= matches.get(matches.size() - 1).score());
    assertEquals("7", index.similarIds("1", PUBLIC, 3, 5).get(0).id());
    assertTrue(index.similarIds("no such document", PUBLIC, 3, 5).isEmpty());
  }

  @Test
  void aSingleChangeIsSearchableAtOnceAndOnDiskOnceTheIndexCloses(@TempDir Path folder) throws Exception {
    SearchIndex own = SearchIndex.open("durable", FSDirectory.open(folder));
    own.put(new SearchDocument("1", 1, "en", "Wireless keyboard", "Pairs over Bluetooth.", Map.of()));
    assertEquals(1, own.size());
    own.close();
    try (SearchIndex reopened = SearchIndex.open("durable", FSDirectory.open(folder))) {
      assertEquals(Map.of("1", 1L), reopened.indexedVersions());
    }
  }

  @Test
  void aTextFindsDocumentsWhoseTitleAloneHasItsWords() {
    index.put(new SearchDocument("40", 1, "en", "Solar charger with zephyrine panels", "Charge the phone in the sun.", Map.of("audience", "public")));
    assertEquals("40", index.similarTo("zephyrine panel", "en", PUBLIC, 3).get(0).id());
  }

  @Test
  void reconciliationIndexesChangedAndMissingDocumentsAndRemovesDeletedOnes() {
    SearchDocument changed = new SearchDocument("2", 2, "en", "Changing your password", "Open My account.", Map.of("audience", "public"));
    SearchDocument added = new SearchDocument("9", 1, "en", "Shipping to Uzbekistan", "We ship to Tashkent.", Map.of("audience", "public"));
    Map<String, SearchDocument> database = new java.util.HashMap<>();
    for (String id : List.of("1", "3", "4", "5", "6", "7")) {
      database.put(id, new SearchDocument(id, 1, "en", "unchanged", "unchanged", Map.of()));
    }
    database.put("2", changed);
    database.put("9", added);
    SearchSource source = new SearchSource() {
      public String context() {
        return "test";
      }

      public Map<String, Long> versions() {
        Map<String, Long> v = new java.util.HashMap<>();
        database.forEach((id, d) -> v.put(id, d.version()));
        return v;
      }

      public List<SearchDocument> documents(java.util.Collection<String> ids) {
        return ids.stream().map(database::get).toList();
      }
    };
    index.remove("7");
    database.remove("7");
    index.put(doc("10", "en", "Deleted while the portal was down", "gone", "public"));

    ReconcileReport report = index.reconcile(source);

    assertEquals(2, report.indexed());
    assertEquals(1, report.removed());
    assertEquals(2L, index.indexedVersions().get("2"));
    assertEquals("9", ids(search("tashkent", "en")).get(0));
    assertEquals(0, search("deleted portal down", "en").total());
    assertEquals(0, index.reconcile(source).indexed());
  }

  @Test
  void aDocumentIndexedByItsOwnChangeWhileTheSourceIsReadIsKept() {
    Map<String, Long> before = index.indexedVersions();
    SearchSource source = new SearchSource() {
      public String context() {
        return "test";
      }

      public Map<String, Long> versions() {
        Map<String, Long> snapshot = Map.copyOf(before);
        // Committed after the source's snapshot was taken, and indexed by its own change at once.
        index.put(doc("new", "en", "Submitted during the reconciliation", "text", "public"));
        return snapshot;
      }

      public List<SearchDocument> documents(java.util.Collection<String> ids) {
        throw new AssertionError("nothing is stale: " + ids);
      }
    };

    ReconcileReport report = index.reconcile(source);

    assertEquals(0, report.removed());
    assertTrue(index.indexedVersions().containsKey("new"));
    assertEquals(before.size() + 1, index.size());
  }

  @Test
  void aRebuildReportsProgressAndEndsWithExactlyTheSourcesDocuments() {
    SearchSource source = new SearchSource() {
      public String context() {
        return "test";
      }

      public Map<String, Long> versions() {
        return Map.of("a", 1L, "b", 1L);
      }

      public List<SearchDocument> documents(java.util.Collection<String> ids) {
        return ids.stream().map(id -> doc(id, "en", "Rebuilt " + id, "text", "public")).toList();
      }
    };
    List<RebuildProgress> seen = new java.util.ArrayList<>();
    index.rebuild(source, seen::add);
    assertEquals(2, index.size());
    assertTrue(seen.get(seen.size() - 1).finished());
    assertEquals(1.0, seen.get(seen.size() - 1).fraction());
  }
}
