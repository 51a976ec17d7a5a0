package org.example.portal.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What a person typed, read without any query syntax: text between double quotes is a phrase, the rest is
 * loose words. Operators, brackets, stars and stray quotes are plain characters that the analyzer drops, so
 * no input can fail to parse.
 */
record QueryText(List<String> phrases, String loose) {

  /** More words add nothing to ranking but cost time on every search. */
  static final int MAX_TERMS = 64;

  private static final Pattern PHRASE = Pattern.compile("\"([^\"]+)\"");

  static QueryText read(String text) {
    List<String> phrases = new ArrayList<>();
    Matcher m = PHRASE.matcher(text);
    while (m.find()) {
      phrases.add(m.group(1));
    }
    // Phrase words also count as loose words: a phrase raises a document, it never hides the others.
    return new QueryText(phrases, text.replace('"', ' '));
  }

  /** The distinct terms the analyzer makes of this text for a field, in order, at most {@link #MAX_TERMS}. */
  static List<String> terms(Analyzer analyzer, String field, String text) {
    Set<String> terms = new LinkedHashSet<>(tokens(analyzer, field, text));
    return terms.stream().limit(MAX_TERMS).toList();
  }

  /** Every token in order, repeats kept (phrases need them). */
  static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && tokens.size() < MAX_TERMS * 4) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analyzing a string cannot fail on I/O", e);
    }
    return tokens;
  }
}
