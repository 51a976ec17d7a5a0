package org.example.portal.core.search.analysis;

import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer for each language the portal's content is written in. English, Russian and Persian use
 * Lucene's stemming analyzers; Uzbek has {@link UzbekAnalyzer}; any other language gets {@link #words()},
 * which splits and lower-cases without stemming, so it never mangles a language it does not know.
 */
public final class SearchAnalyzers {

  /** Languages with an analyzer of their own. */
  public static final List<String> LANGUAGES = List.of("en", "ru", "fa", "uz");

  /** Suggestions complete words from their first letters up to this length. */
  public static final int MAX_PREFIX = 20;

  private static final Map<String, Analyzer> BY_LANGUAGE =
      Map.of(
          "en", new EnglishAnalyzer(),
          "ru", new RussianAnalyzer(),
          "fa", new PersianAnalyzer(),
          "uz", new UzbekAnalyzer());

  private static final Analyzer WORDS = simple(false);
  private static final Analyzer PREFIXES = simple(true);

  private SearchAnalyzers() {}

  /** The analyzer for an ISO 639-1 language code; {@link #words()} for languages without one. */
  public static Analyzer forLanguage(String language) {
    return BY_LANGUAGE.getOrDefault(normalize(language), WORDS);
  }

  /** {@code en} for {@code en-GB} and {@code EN}: documents and searches meet on the bare language. */
  public static String normalize(String language) {
    if (language == null || language.isBlank()) {
      return "en";
    }
    return language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  /**
   * Whole words, lower-cased and with accents folded, in any script. Used for languages without an analyzer
   * and for the spelling dictionary, where stems would make poor corrections.
   */
  public static Analyzer words() {
    return WORDS;
  }

  /** Every prefix of every word, for suggestions while typing: a prefix lookup is then one term lookup. */
  public static Analyzer prefixes() {
    return PREFIXES;
  }

  private static Analyzer simple(boolean prefixes) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new DecimalDigitFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        if (prefixes) {
          result = new EdgeNGramTokenFilter(result, 1, MAX_PREFIX, true);
        }
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return UzbekAnalyzer.withoutApostrophes(reader);
      }
    };
  }
}
