package org.example.portal.bench.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.example.portal.core.search.SearchDocument;
import org.example.portal.core.search.SearchHit;
import org.example.portal.core.search.SearchIndex;
import org.example.portal.core.search.SearchQuery;

/**
 * Known-item retrieval test on the Python and Perl FAQs: every question is searched for, and the rank of its
 * own answer gives MRR@10 and Recall@10. Three settings: the article as the knowledge base stores it
 * (question as title, answer as body); the answer alone (the question's words must be found in the answer);
 * and the article searched with a typo in the question's longest word. Run with {@code ./portal kb-eval}.
 */
public final class FaqEvaluation {

  static final int K = 10;

  /** The outcome of one setting. */
  record Result(String setting, int questions, double mrr, double recall, double p50Millis, double p99Millis) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-22s questions=%d  MRR@10=%.3f  Recall@10=%.3f  search p50=%.2f ms p99=%.2f ms",
          setting, questions, mrr, recall, p50Millis, p99Millis);
    }
  }

  private FaqEvaluation() {}

  public static void main(String[] args) {
    List<FaqCorpus.Pair> pairs = FaqCorpus.load();
    if (pairs.isEmpty()) {
      System.err.println("No FAQ corpus found: apt-get install python3.11-doc perl-doc");
      System.exit(2);
    }
    long python = pairs.stream().filter(p -> p.id().startsWith("python/")).count();
    System.out.printf(Locale.ROOT, "Corpus: %d question/answer pairs (%d Python FAQ, %d Perl FAQ)%n", pairs.size(), python, pairs.size() - python);
    System.out.println(evaluate("article (title+body)", pairs, p -> p.question(), true, Function.identity()));
    System.out.println(evaluate("answer only", pairs, p -> "", true, Function.identity()));
    System.out.println(evaluate("article, with a typo", pairs, p -> p.question(), true, FaqEvaluation::typo));
  }

  /** Indexes the pairs, searches every question (rewritten by {@code query}) and ranks its own answer. */
  static Result evaluate(
      String setting, List<FaqCorpus.Pair> pairs, Function<FaqCorpus.Pair, String> title, boolean warmUp, Function<String, String> query) {
    try (SearchIndex index = SearchIndex.open("faq-eval", new ByteBuffersDirectory())) {
      List<SearchDocument> documents = new ArrayList<>();
      for (FaqCorpus.Pair p : pairs) {
        documents.add(new SearchDocument(p.id(), 1, "en", title.apply(p), p.answer(), Map.of()));
      }
      index.putAll(documents);
      if (warmUp) {
        pairs.stream().limit(50).forEach(p -> index.search(SearchQuery.of(p.question(), "en", Map.of())));
      }
      double reciprocal = 0;
      int found = 0;
      long[] nanos = new long[pairs.size()];
      for (int i = 0; i < pairs.size(); i++) {
        FaqCorpus.Pair p = pairs.get(i);
        long started = System.nanoTime();
        List<SearchHit> hits = index.search(new SearchQuery(query.apply(p.question()), "en", Map.of(), 0, K, false)).hits();
        nanos[i] = System.nanoTime() - started;
        for (int rank = 0; rank < hits.size(); rank++) {
          if (hits.get(rank).id().equals(p.id())) {
            reciprocal += 1.0 / (rank + 1);
            found++;
            break;
          }
        }
      }
      Arrays.sort(nanos);
      return new Result(setting, pairs.size(), reciprocal / pairs.size(), (double) found / pairs.size(),
          percentile(nanos, 0.50), percentile(nanos, 0.99));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static double percentile(long[] sortedNanos, double p) {
    int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
    return sortedNanos[Math.max(0, i)] / 1e6;
  }

  /** Swaps two inner letters of the longest word, the commonest typing slip. */
  static String typo(String question) {
    String longest = Arrays.stream(question.split("[^\\p{L}]+")).max((a, b) -> a.length() - b.length()).orElse("");
    if (longest.length() < 5) {
      return question;
    }
    char[] letters = longest.toCharArray();
    int i = letters.length / 2;
    char swap = letters[i];
    letters[i] = letters[i - 1];
    letters[i - 1] = swap;
    return question.replace(longest, new String(letters));
  }
}
