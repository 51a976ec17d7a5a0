package org.example.portal.triage.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.Term;
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

  private TextCondition(Query query) {
    this.query = query;
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
    boolean[] found = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        found[0] |= terms.length > 0;
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        found[0] = true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return found[0];
  }

  public boolean isEmpty() {
    return query == null;
  }

  /** The submission's text, indexed once and then asked by every rule's condition. */
  public static IndexSearcher index(RoutingFacts facts) {
    MemoryIndex index = new MemoryIndex();
    index.addField(TITLE, facts.title(), ANALYZER);
    index.addField(BODY, facts.summary(), ANALYZER);
    IndexSearcher searcher = index.createSearcher();
    // Each query runs once per submission: caching would only cost.
    searcher.setQueryCache(null);
    return searcher;
  }

  public boolean matches(IndexSearcher text) {
    if (query == null) {
      return false;
    }
    try {
      return text.count(query) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("An index in memory cannot fail on I/O", e);
    }
  }
}
