package org.example.portal.triage.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The "words in the text" condition of a rule: a Lucene query parsed once, with the simple query parser,
 * which reads any input without failing (stray quotes, brackets and operators are just text), and evaluated
 * against one submission at a time in a {@link MemoryIndex}, so no index on disk is involved.
 */
public final class TextCondition {

  public static final int MAX_LENGTH = 500;

  static final String TITLE = "title";
  static final String BODY = "body";

  /**
   * Words are compared lower-cased and without accents, but not stemmed: a lead writes {@code refund*} to
   * catch "refunds" and "refunded", and nothing matches that they did not write.
   */
  static final Analyzer ANALYZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
      return new TokenStreamComponents(tokenizer, stream);
    }
  };

  private final Query query;

  /**
   * The words of the query's clauses that can make it match, and whether it has prefixes or other patterns too.
   * A submission with none of those words and no pattern cannot match, so most rules are answered without
   * running the query at all.
   */
  private final Set<Term> words;

  private final boolean patterns;

  private TextCondition(Query query) {
    this.query = query;
    Set<Term> found = new HashSet<>();
    boolean[] anyPattern = {false};
    if (query != null) {
      query.visit(positiveClauses(found, anyPattern));
    }
    this.words = Set.copyOf(found);
    this.patterns = anyPattern[0];
  }

  /** Collects the words and patterns of every clause except the excluded ones. */
  private static QueryVisitor positiveClauses(Set<Term> words, boolean[] patterns) {
    return new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        words.addAll(Arrays.asList(terms));
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        patterns[0] = true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    };
  }

  /**
   * Parses the text; blank text or text with no word in it gives an empty condition, which
   * {@link #isEmpty()} tells and which matches nothing.
   */
  public static TextCondition parse(String text) {
    if (text == null || text.isBlank()) {
      return new TextCondition(null);
    }
    String cut = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, Map.of(TITLE, 1f, BODY, 1f));
    // A rule that names several words means all of them, as a search box does.
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query query = parser.parse(cut);
    return new TextCondition(query != null && asksForAWord(query) ? query : null);
  }

  /** Whether the query needs at least one word or prefix to occur; excluding words alone matches nothing. */
  private static boolean asksForAWord(Query query) {
    Set<Term> words = new HashSet<>();
    boolean[] patterns = {false};
    query.visit(positiveClauses(words, patterns));
    return !words.isEmpty() || patterns[0];
  }

  public boolean isEmpty() {
    return query == null;
  }

  /**
   * One submission's text as the rules ask about it: its words, found once, and an index in memory, built only
   * when a rule's query may match and must be run.
   */
  public static final class Text {

    private final RoutingFacts facts;
    private final Set<Term> words = new HashSet<>();
    private IndexSearcher searcher;

    public Text(RoutingFacts facts) {
      this.facts = facts;
      collect(TITLE, facts.title());
      collect(BODY, facts.summary());
    }

    private void collect(String field, String value) {
      if (value == null) {
        return;
      }
      try (TokenStream tokens = ANALYZER.tokenStream(field, value)) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        tokens.reset();
        while (tokens.incrementToken()) {
          words.add(new Term(field, term.toString()));
        }
        tokens.end();
      } catch (IOException e) {
        throw new UncheckedIOException("Analysing a string in memory cannot fail on I/O", e);
      }
    }

    IndexSearcher searcher() {
      if (searcher == null) {
        MemoryIndex index = new MemoryIndex();
        index.addField(TITLE, facts.title(), ANALYZER);
        index.addField(BODY, facts.summary(), ANALYZER);
        searcher = index.createSearcher();
        // Each query runs once per submission: caching would only cost.
        searcher.setQueryCache(null);
      }
      return searcher;
    }
  }

  public boolean matches(Text text) {
    if (query == null || !patterns && java.util.Collections.disjoint(words, text.words)) {
      return false;
    }
    try {
      return text.searcher().count(query) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("An index in memory cannot fail on I/O", e);
    }
  }
}
