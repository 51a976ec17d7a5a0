package org.example.portal.core.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SearchAnalyzersTest {

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  @Test
  void englishDropsStopWordsAndStems() throws IOException {
    assertEquals(List.of("instal", "packag"), terms(SearchAnalyzers.forLanguage("en-GB"), "Installing the packages"));
  }

  @Test
  void russianStemsCaseEndings() throws IOException {
    Analyzer russian = SearchAnalyzers.forLanguage("ru");
    assertEquals(terms(russian, "пароль"), terms(russian, "пароля"));
  }

  @Test
  void persianNormalizesArabicLetterForms() throws IOException {
    Analyzer persian = SearchAnalyzers.forLanguage("fa");
    // Arabic yeh and kaf are typed for their Persian forms; both must meet.
    assertEquals(terms(persian, "یک کتاب"), terms(persian, "يك كتاب"));
  }

  @Test
  void uzbekFoldsApostrophesAndCyrillicAndStripsEndings() throws IOException {
    Analyzer uzbek = SearchAnalyzers.forLanguage("uz");
    assertEquals(List.of("ozbekiston"), terms(uzbek, "O‘zbekiston"));
    assertEquals(List.of("ozbekiston"), terms(uzbek, "Oʻzbekiston"));
    assertEquals(List.of("ozbekiston"), terms(uzbek, "Ўзбекистон"));
    assertEquals(List.of("kitob"), terms(uzbek, "kitoblarni"));
    assertEquals(List.of("kitob"), terms(uzbek, "КИТОБЛАРДАН"));
  }

  @Test
  void unknownLanguagesAreSplitAndLowerCasedButNotStemmed() throws IOException {
    assertEquals(List.of("kaufen", "hauser"), terms(SearchAnalyzers.forLanguage("de"), "Kaufen Häuser"));
  }

  @Test
  void prefixesCoverEveryStartOfAWord() throws IOException {
    assertEquals(List.of("p", "pi", "pip"), terms(SearchAnalyzers.prefixes(), "pip"));
  }
}
