package org.example.portal.bench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.example.portal.bench.report.Report;
import org.junit.jupiter.api.Test;

/** A smoke run of {@code ./portal bench kb-search} on a few hundred articles, without PostgreSQL. */
class KnowledgeBaseSearchBenchmarkTest {

  @Test
  void aSmallRunMeasuresEveryLucenePart() throws Exception {
    assumeTrue(Files.isDirectory(FaqCorpus.PYTHON_FAQ), "python3.11-doc is not installed");
    Report report = KnowledgeBaseSearchBenchmark.run(Map.of("articles", "300", "db-url", "none"), line -> {});

    assertEquals("kb-search", report.benchmark());
    assertEquals("300", report.settings().get("articles"));
    List<String> rows = report.rows().stream().map(Report.Row::name).toList();
    assertEquals(8, rows.size(), rows::toString);
    for (Report.Row row : report.rows()) {
      if (row.metrics().containsKey("p99 ms")) {
        assertTrue(row.metrics().get("n") > 0, row::toString);
        assertTrue(row.metrics().get("p99 ms") >= row.metrics().get("p50 ms"), row::toString);
      } else {
        assertEquals(300.0, row.metrics().get("articles"), row::toString);
      }
    }
  }

  @Test
  void postgresQueriesKeepTheWordsAndDropTsquerySyntax() {
    assertEquals("what | s | c | x", KnowledgeBaseSearchBenchmark.orQuery("What's C++'s \"&|!\" (x)? x"));
    assertEquals("nothing", KnowledgeBaseSearchBenchmark.orQuery("&|!()"));
  }

  @Test
  void anArticleIsTheSameEveryTimeItIsMade() {
    List<FaqCorpus.Pair> pairs = List.of(new FaqCorpus.Pair("p/1", "How do I copy a list?", "Use list.copy()."),
        new FaqCorpus.Pair("p/2", "Why is it slow?", "Profile it first."));
    assertEquals(KnowledgeBaseSearchBenchmark.article(pairs, 7), KnowledgeBaseSearchBenchmark.article(pairs, 7));
    assertEquals("Why is it slow?", KnowledgeBaseSearchBenchmark.article(pairs, 7).title());
  }
}
