package org.example.portal.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.store.FSDirectory;
import org.example.portal.bench.report.Machine;
import org.example.portal.bench.report.Report;
import org.example.portal.core.search.SearchDocument;
import org.example.portal.core.search.SearchIndex;
import org.example.portal.core.search.SearchQuery;
import org.example.portal.core.search.SearchSource;
import org.example.portal.knowledgebase.application.HelpCenter;
import org.example.portal.knowledgebase.infrastructure.ArticleIndex;

/**
 * Knowledge base search at scale ({@code ./portal bench kb-search}): {@code --articles} articles (default
 * 100,000) made of real FAQ text, in an index on disk as the portal keeps it; indexing throughput, single
 * publications, a full rebuild, search and suggestion latency on the warm index (also while a rebuild runs),
 * and the same searches through PostgreSQL full-text search (tsvector + GIN, {@code english}) on the same
 * articles, with the ratio. {@code --db-url} names the PostgreSQL database ({@code none} leaves it out), which
 * gets a scratch schema {@code kb_search_benchmark} that is dropped at the end.
 */
public final class KnowledgeBaseSearchBenchmark {

  /** Each query set is timed this many times over, so p99 rests on more than a handful of searches. */
  private static final int ROUNDS = 3;

  private static final int SINGLE_PUBLICATIONS = 2_000;

  private final List<FaqCorpus.Pair> pairs;
  private final int articles;
  private final Consumer<String> log;
  private final List<Report.Row> rows = new ArrayList<>();

  /** The latencies of whole-question searches on Lucene, which PostgreSQL's are compared with. */
  private long[] wholeQuestions = new long[0];

  private KnowledgeBaseSearchBenchmark(List<FaqCorpus.Pair> pairs, int articles, Consumer<String> log) {
    this.pairs = pairs;
    this.articles = articles;
    this.log = log;
  }

  /** Runs the benchmark; {@code options}: articles, db-url, db-user, db-password. */
  public static Report run(Map<String, String> options, Consumer<String> log) throws IOException, SQLException {
    List<FaqCorpus.Pair> pairs = FaqCorpus.load();
    if (pairs.isEmpty()) {
      throw new IllegalStateException("No FAQ corpus found: apt-get install python3.11-doc perl-doc");
    }
    int articles = Integer.parseInt(options.getOrDefault("articles", "100000"));
    String db = options.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/test");
    KnowledgeBaseSearchBenchmark benchmark = new KnowledgeBaseSearchBenchmark(pairs, articles, log);
    Map<String, String> settings = new LinkedHashMap<>(Machine.describe());
    settings.put("articles", String.valueOf(articles));
    settings.put("corpus", pairs.size() + " Python and Perl FAQ question/answer pairs");
    settings.put("index", "on disk (" + FSDirectory.class.getSimpleName() + "), warm");
    settings.put("database", db.replaceAll("password=[^&;]*", "password=***"));
    Path folder = Files.createTempDirectory("kb-search-bench");
    try {
      benchmark.lucene(folder.resolve("knowledge-base"));
      if (!db.equals("none")) {
        benchmark.postgres(db, options.getOrDefault("db-user", "postgres"), options.getOrDefault("db-password", ""));
      }
    } finally {
      deleteTree(folder);
    }
    return new Report("kb-search", Instant.now(), settings, benchmark.rows);
  }

  // --------------------------------------------------------------------------------------------- Lucene

  private void lucene(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (SearchIndex index = SearchIndex.open(ArticleIndex.CONTEXT, FSDirectory.open(folder))) {
      log.accept(String.format(Locale.ROOT, "Indexing %,d articles made of %d FAQ pairs", articles, pairs.size()));
      long started = System.nanoTime();
      for (int from = 0; from < articles; from += 10_000) {
        index.putAll(IntStream.range(from, Math.min(articles, from + 10_000)).mapToObj(this::article).toList());
      }
      double seconds = seconds(started);
      rows.add(row("index (putAll, batches of 1,000 committed)", "articles", articles, "seconds", round(seconds), "articles/s",
          Math.round(articles / seconds)));

      long[] publications = new long[Math.min(SINGLE_PUBLICATIONS, articles)];
      for (int i = 0; i < publications.length; i++) {
        // Republishing existing articles one at a time, as staff do: each change is searchable when put returns.
        SearchDocument changed = article((i * 7919) % articles);
        long one = System.nanoTime();
        index.put(new SearchDocument(changed.id(), 2, changed.language(), changed.title(), changed.body(), changed.filters()));
        publications[i] = System.nanoTime() - one;
      }
      Arrays.sort(publications);
      rows.add(latencyRow("publish one (searchable on return)", publications));

      log.accept("Rebuilding the index in full");
      started = System.nanoTime();
      index.rebuild(source(), p -> {});
      seconds = seconds(started);
      rows.add(row("full rebuild (beside the live index, swapped in)", "articles", articles, "seconds", round(seconds), "articles/s",
          Math.round(articles / seconds)));

      List<String> questions = pairs.stream().map(FaqCorpus.Pair::question).toList();
      // What people type into a help centre's box is often shorter than a whole FAQ question: its first words.
      List<String> firstWords = questions.stream().map(KnowledgeBaseSearchBenchmark::firstWords).toList();
      List<String> typos = questions.stream().map(FaqEvaluation::typo).toList();
      List<String> typed = questions.stream().map(q -> q.substring(0, Math.min(q.length(), 3 + Math.abs(q.hashCode()) % 12))).toList();
      log.accept("Warming up");
      for (int warm = 0; warm < 3; warm++) {
        questions.forEach(q -> search(index, q));
        firstWords.forEach(q -> search(index, q));
        typos.forEach(q -> search(index, q));
        typed.forEach(t -> suggest(index, t));
      }
      log.accept("Timing searches");
      wholeQuestions = time(questions, q -> search(index, q));
      rows.add(latencyRow("search: whole questions (10 hits, highlighted)", wholeQuestions));
      rows.add(latencyRow("search: first 3 words", time(firstWords, q -> search(index, q))));
      rows.add(latencyRow("search: a typo in the longest word", time(typos, q -> search(index, q))));
      rows.add(latencyRow("suggestions (" + HelpCenter.SUGGESTIONS + " titles while typing)", time(typed, t -> suggest(index, t))));
      rows.add(latencyRow("search: whole questions during a rebuild", duringRebuild(index, questions)));
    }
  }

  /** Searches, as a customer of the help centre does, while a full rebuild runs in another thread. */
  private long[] duringRebuild(SearchIndex index, List<String> questions) {
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Thread rebuild = new Thread(() -> {
      try {
        index.rebuild(source(), p -> {});
      } catch (RuntimeException e) {
        failure.set(e);
      }
    }, "kb-search-rebuild");
    rebuild.start();
    List<Long> nanos = new ArrayList<>();
    while (rebuild.isAlive()) {
      for (String q : questions) {
        long started = System.nanoTime();
        search(index, q);
        nanos.add(System.nanoTime() - started);
        if (!rebuild.isAlive()) {
          break;
        }
      }
    }
    try {
      rebuild.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private static void search(SearchIndex index, String text) {
    index.search(new SearchQuery(text, "en", ArticleIndex.audienceFilter(false), 0, 10, true));
  }

  private static void suggest(SearchIndex index, String typed) {
    index.suggest(typed, "en", ArticleIndex.audienceFilter(false), HelpCenter.SUGGESTIONS);
  }

  /**
   * Article {@code i}: a FAQ question as its title, its answer plus the openings of two other answers as its
   * body, in one of 20 categories, one in 20 internal. The same {@code i} always gives the same article.
   */
  static SearchDocument article(List<FaqCorpus.Pair> pairs, int i) {
    Random random = new Random(42L + i);
    FaqCorpus.Pair main = pairs.get(i % pairs.size());
    String extra = opening(pairs.get(random.nextInt(pairs.size()))) + " " + opening(pairs.get(random.nextInt(pairs.size())));
    return new SearchDocument("a" + i, 1, "en", main.question(), main.answer() + "\n" + extra, Map.of(
        ArticleIndex.AUDIENCE, i % 20 == 19 ? ArticleIndex.INTERNAL : ArticleIndex.PUBLIC,
        ArticleIndex.CATEGORY, String.valueOf(i % 20),
        ArticleIndex.TOP_CATEGORY, String.valueOf(i % 5)));
  }

  private SearchDocument article(int i) {
    return article(pairs, i);
  }

  private static String opening(FaqCorpus.Pair pair) {
    return pair.answer().substring(0, Math.min(400, pair.answer().length()));
  }

  private SearchSource source() {
    return new SearchSource() {
      @Override
      public String context() {
        return ArticleIndex.CONTEXT;
      }

      @Override
      public Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (int i = 0; i < articles; i++) {
          versions.put("a" + i, 1L);
        }
        return versions;
      }

      @Override
      public List<SearchDocument> documents(Collection<String> ids) {
        return ids.stream().map(id -> article(Integer.parseInt(id.substring(1)))).toList();
      }
    };
  }

  // ----------------------------------------------------------------------------------------- PostgreSQL

  /** The same articles and searches through PostgreSQL: any of the words (OR), ranked by ts_rank, top 10. */
  private void postgres(String url, String user, String password) throws SQLException {
    log.accept("Loading the articles into PostgreSQL");
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      try (Statement sql = db.createStatement()) {
        // A schema of its own: other runs on the same database never see or drop these tables.
        sql.execute("create schema if not exists kb_search_benchmark");
        sql.execute("set search_path to kb_search_benchmark");
        sql.execute("drop table if exists kb_bench_article");
        sql.execute("create table kb_bench_article (id varchar(20) primary key, audience varchar(10), title text, body text,"
            + " tsv tsvector)");
      }
      try {
        long started = System.nanoTime();
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("insert into kb_bench_article (id, audience, title, body, tsv) values"
            + " (?, ?, ?, ?, setweight(to_tsvector('english', ?), 'A') || to_tsvector('english', ?))")) {
          for (int i = 0; i < articles; i++) {
            SearchDocument d = article(i);
            insert.setString(1, d.id());
            insert.setString(2, d.filters().get(ArticleIndex.AUDIENCE));
            insert.setString(3, d.title());
            insert.setString(4, d.body());
            insert.setString(5, d.title());
            insert.setString(6, d.body());
            insert.addBatch();
            if ((i + 1) % 1000 == 0) {
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
        double seconds = seconds(started);
        rows.add(row("PostgreSQL: load, tsvector and GIN index", "articles", articles, "seconds", round(seconds), "articles/s",
            Math.round(articles / seconds)));
        // Every fourth question: PostgreSQL takes far longer per search, and the sample keeps the run short.
        List<String> questions = IntStream.range(0, pairs.size()).filter(i -> i % 4 == 0).mapToObj(i -> orQuery(pairs.get(i).question())).toList();
        log.accept("Timing " + questions.size() + " PostgreSQL searches of each kind");
        pgSearch(db, "PostgreSQL: whole questions (10 ids, ts_rank)", "select id from kb_bench_article, to_tsquery('english', ?) q"
            + " where tsv @@ q and audience = 'public' order by ts_rank(tsv, q) desc limit 10", questions);
        pgSearch(db, "PostgreSQL: whole questions (10 hits, ts_headline)", "select id, ts_headline('english', body, q) from"
            + " (select id, body, q from kb_bench_article, to_tsquery('english', ?) q where tsv @@ q and audience = 'public'"
            + " order by ts_rank(tsv, q) desc limit 10) t", questions);
      } finally {
        db.rollback();
        db.setAutoCommit(true);
        try (Statement sql = db.createStatement()) {
          sql.execute("drop schema kb_search_benchmark cascade");
        }
      }
    }
  }

  private void pgSearch(Connection db, String name, String query, List<String> tsQueries) throws SQLException {
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
      long[] pg = time(tsQueries, run, 1);
      Report.Row latency = latencyRow(name, pg);
      Map<String, Double> metrics = new LinkedHashMap<>(latency.metrics());
      metrics.put("x Lucene p50", round(FaqEvaluation.percentile(pg, 0.5) / FaqEvaluation.percentile(wholeQuestions, 0.5)));
      metrics.put("x Lucene p99", round(FaqEvaluation.percentile(pg, 0.99) / FaqEvaluation.percentile(wholeQuestions, 0.99)));
      rows.add(new Report.Row(name, metrics));
    }
  }

  /** The question's words joined with OR, as Lucene ranks any of the words; tsquery syntax characters are dropped. */
  static String orQuery(String question) {
    String words = Arrays.stream(question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isBlank()).distinct().collect(Collectors.joining(" | "));
    return words.isEmpty() ? "nothing" : words;
  }

  static String firstWords(String question) {
    return Arrays.stream(question.split("\\s+")).limit(3).collect(Collectors.joining(" "));
  }

  // -------------------------------------------------------------------------------------------- figures

  private interface Work {
    void run(String input) throws SQLException;
  }

  private interface Search {
    void run(String input);
  }

  private static long[] time(List<String> inputs, Search work) {
    try {
      return time(inputs, work::run, ROUNDS);
    } catch (SQLException e) {
      throw new IllegalStateException("A Lucene search cannot fail on SQL", e);
    }
  }

  private static long[] time(List<String> inputs, Work work, int rounds) throws SQLException {
    long[] nanos = new long[inputs.size() * rounds];
    int n = 0;
    for (int round = 0; round < rounds; round++) {
      for (String input : inputs) {
        long started = System.nanoTime();
        work.run(input);
        nanos[n++] = System.nanoTime() - started;
      }
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static Report.Row latencyRow(String name, long[] sortedNanos) {
    return row(name, "n", sortedNanos.length, "p50 ms", round(FaqEvaluation.percentile(sortedNanos, 0.5)),
        "p99 ms", round(FaqEvaluation.percentile(sortedNanos, 0.99)), "max ms", round(FaqEvaluation.percentile(sortedNanos, 1.0)));
  }

  private static Report.Row row(String name, Object... pairs) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      metrics.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return new Report.Row(name, metrics);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static void deleteTree(Path folder) {
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the benchmark's index in " + folder, e);
    }
  }
}
