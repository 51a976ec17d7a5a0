package org.example.portal.knowledgebase.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.example.portal.core.search.SearchDocument;
import org.example.portal.core.search.SearchIndex;
import org.example.portal.core.search.SearchQuery;
import org.example.portal.core.search.SearchSource;

/**
 * Search at knowledge-base scale: {@code N} articles (default 100,000) made of real FAQ text, indexed on disk;
 * then indexing throughput, full rebuild time, search and suggestion latency on a warm index, and the same
 * searches through PostgreSQL full-text search (tsvector + GIN, {@code english}) on the same articles.
 * Arguments: {@code [articles] [jdbc-url]}; the URL's database gets a scratch table {@code kb_bench_article}.
 */
public final class SearchBenchmark {

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    List<FaqCorpus.Pair> pairs = FaqCorpus.load();
    List<SearchDocument> documents = synthesize(pairs, count);
    List<String> queries = pairs.stream().map(FaqCorpus.Pair::question).toList();
    Path folder = Files.createTempDirectory("kb-bench");
    try (SearchIndex index = SearchIndex.open("bench", FSDirectory.open(folder))) {
      long started = System.nanoTime();
      index.putAll(documents);
      double indexSeconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(Locale.ROOT, "Indexed %d articles in %.1f s: %.0f articles/s%n", count, indexSeconds, count / indexSeconds);

      started = System.nanoTime();
      index.rebuild(source(documents), p -> {});
      System.out.printf(Locale.ROOT, "Full rebuild of %d articles: %.1f s%n", count, (System.nanoTime() - started) / 1e9);

      for (int warm = 0; warm < 3; warm++) {
        queries.forEach(q -> index.search(new SearchQuery(q, "en", Map.of(), 0, 10, false)));
      }
      long[] search = time(queries, q -> index.search(new SearchQuery(q, "en", Map.of("audience", java.util.Set.of("public")), 0, 10, false)));
      report("Lucene search (10 hits, highlighted)", search);
      // What people type into a help centre's box is shorter than a whole FAQ question: its first three words.
      List<String> shortQueries = queries.stream().map(SearchBenchmark::firstWords).toList();
      report("Lucene search, 3-word queries", time(shortQueries, q -> index.search(new SearchQuery(q, "en", Map.of(), 0, 10, false))));
      List<String> prefixes = queries.stream().map(q -> q.substring(0, Math.min(q.length(), 3 + Math.abs(q.hashCode()) % 12))).toList();
      prefixes.forEach(p -> index.suggest(p, "en", Map.of(), 8));
      report("Lucene suggestions (8 titles)", time(prefixes, p -> index.suggest(p, "en", Map.of(), 8)));
      postgres(jdbc, documents, queries, search);
    } finally {
      try (Stream<Path> paths = Files.walk(folder)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Articles built from real FAQ text: a question as title, its answer plus two other answers' openings as body. */
  static List<SearchDocument> synthesize(List<FaqCorpus.Pair> pairs, int count) {
    Random random = new Random(42);
    List<SearchDocument> documents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      FaqCorpus.Pair main = pairs.get(i % pairs.size());
      String extra = opening(pairs.get(random.nextInt(pairs.size()))) + " " + opening(pairs.get(random.nextInt(pairs.size())));
      documents.add(new SearchDocument("a" + i, 1, "en", main.question(), main.answer() + "\n" + extra, Map.of("audience", "public")));
    }
    return documents;
  }

  private static String opening(FaqCorpus.Pair pair) {
    return pair.answer().substring(0, Math.min(400, pair.answer().length()));
  }

  private static SearchSource source(List<SearchDocument> documents) {
    Map<String, SearchDocument> byId = documents.stream().collect(Collectors.toMap(SearchDocument::id, d -> d));
    return new SearchSource() {
      public String context() {
        return "bench";
      }

      public Map<String, Long> versions() {
        return byId.keySet().stream().collect(Collectors.toMap(id -> id, id -> 1L));
      }

      public List<SearchDocument> documents(Collection<String> ids) {
        return ids.stream().map(byId::get).toList();
      }
    };
  }

  private interface Work {
    void run(String input) throws Exception;
  }

  private static long[] time(List<String> inputs, Work work) throws Exception {
    long[] nanos = new long[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      long started = System.nanoTime();
      work.run(inputs.get(i));
      nanos[i] = System.nanoTime() - started;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static void report(String what, long[] sortedNanos) {
    System.out.printf(Locale.ROOT, "%-40s n=%d p50=%.2f ms p99=%.2f ms%n", what, sortedNanos.length,
        FaqEvaluation.percentile(sortedNanos, 0.5), FaqEvaluation.percentile(sortedNanos, 0.99));
  }

  /** The same articles and searches through PostgreSQL: any of the words (OR), ranked by ts_rank, top 10. */
  private static void postgres(String jdbc, List<SearchDocument> documents, List<String> queries, long[] lucene) throws Exception {
    try (Connection db = DriverManager.getConnection(jdbc)) {
      try (Statement sql = db.createStatement()) {
        // A schema of its own: other runs on the same database never see or drop these tables.
        sql.execute("create schema if not exists kb_search_benchmark");
        sql.execute("set search_path to kb_search_benchmark");
        sql.execute("drop table if exists kb_bench_article");
        sql.execute("create table kb_bench_article (id varchar(20) primary key, title text, body text, tsv tsvector)");
      }
      long started = System.nanoTime();
      db.setAutoCommit(false);
      try (PreparedStatement insert = db.prepareStatement(
          "insert into kb_bench_article (id, title, body, tsv) values (?, ?, ?, setweight(to_tsvector('english', ?), 'A') || to_tsvector('english', ?))")) {
        int n = 0;
        for (SearchDocument d : documents) {
          insert.setString(1, d.id());
          insert.setString(2, d.title());
          insert.setString(3, d.body());
          insert.setString(4, d.title());
          insert.setString(5, d.body());
          insert.addBatch();
          if (++n % 1000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      try (Statement sql = db.createStatement()) {
        sql.execute("create index kb_bench_tsv_ix on kb_bench_article using gin (tsv)");
        sql.execute("analyze kb_bench_article");
      }
      db.commit();
      System.out.printf(Locale.ROOT, "PostgreSQL: loaded and GIN-indexed %d articles in %.1f s%n", documents.size(), (System.nanoTime() - started) / 1e9);
      // A sample of the questions: PostgreSQL needs about a second for each of these OR searches.
      List<String> tsQueries = java.util.stream.IntStream.range(0, queries.size()).filter(i -> i % 4 == 0)
          .mapToObj(queries::get).map(SearchBenchmark::orQuery).toList();
      // Ranking alone, then ranking with a highlighted snippet (ts_headline) as Lucene's results have.
      pgSearch(db, "PostgreSQL tsvector+GIN (10 ids, ranked)", "select id from kb_bench_article, to_tsquery('english', ?) q"
          + " where tsv @@ q order by ts_rank(tsv, q) desc limit 10", tsQueries, lucene);
      pgSearch(db, "PostgreSQL tsvector+GIN (10 hits, headline)", "select id, ts_headline('english', body, q) from (select id, body,"
          + " ts_rank(tsv, q) r, q from kb_bench_article, to_tsquery('english', ?) q where tsv @@ q order by r desc limit 10) t",
          tsQueries, lucene);
      try (Statement sql = db.createStatement()) {
        sql.execute("drop schema kb_search_benchmark cascade");
      }
      db.commit();
    }
  }

  private static void pgSearch(Connection db, String what, String query, List<String> tsQueries, long[] lucene) throws Exception {
    try (PreparedStatement search = db.prepareStatement(query)) {
      Work run = q -> {
        search.setString(1, q);
        try (ResultSet rs = search.executeQuery()) {
          while (rs.next()) {
            rs.getString(1);
          }
        }
      };
      for (String q : tsQueries.subList(0, Math.min(10, tsQueries.size()))) {
        run.run(q);
      }
      long[] pg = time(tsQueries, run);
      report(what, pg);
      System.out.printf(Locale.ROOT, "  PostgreSQL / Lucene: p50 %.1fx, p99 %.1fx%n",
          FaqEvaluation.percentile(pg, 0.5) / FaqEvaluation.percentile(lucene, 0.5),
          FaqEvaluation.percentile(pg, 0.99) / FaqEvaluation.percentile(lucene, 0.99));
    }
  }


  static String firstWords(String question) {
    return Arrays.stream(question.split("\\s+")).limit(3).collect(Collectors.joining(" "));
  }

  /** The question's words joined with OR, as Lucene ranks any of the words; tsquery syntax characters are dropped. */
  static String orQuery(String question) {
    String words = Arrays.stream(question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isBlank()).distinct().collect(Collectors.joining(" | "));
    return words.isEmpty() ? "nothing" : words;
  }
}
