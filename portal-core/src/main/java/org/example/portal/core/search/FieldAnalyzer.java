package org.example.portal.core.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.example.portal.core.search.analysis.SearchAnalyzers;

/**
 * Picks the analyzer by field name: text fields carry their language ({@code body.ru}), so one index holds
 * every language and each is analyzed its own way, at indexing and at query time alike.
 */
final class FieldAnalyzer extends DelegatingAnalyzerWrapper {

  static final String TITLE = "title.";
  static final String BODY = "body.";
  static final String SPELL = "spell";
  static final String PREFIXES = "prefixes";

  private static final Analyzer KEYWORD = new KeywordAnalyzer();

  FieldAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  static String title(String language) {
    return TITLE + language;
  }

  static String body(String language) {
    return BODY + language;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String field) {
    if (field.startsWith(TITLE)) {
      return SearchAnalyzers.forLanguage(field.substring(TITLE.length()));
    }
    if (field.startsWith(BODY)) {
      return SearchAnalyzers.forLanguage(field.substring(BODY.length()));
    }
    if (field.equals(SPELL)) {
      return SearchAnalyzers.words();
    }
    if (field.equals(PREFIXES)) {
      return SearchAnalyzers.prefixes();
    }
    return KEYWORD;
  }
}
