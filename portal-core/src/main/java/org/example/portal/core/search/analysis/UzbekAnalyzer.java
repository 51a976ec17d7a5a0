package org.example.portal.core.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Uzbek, which Lucene has no analyzer for. Uzbek is written in Latin and in Cyrillic letters, and the
 * Latin {@code o‘} and {@code g‘} are typed with any of half a dozen apostrophes or none at all. So
 * Cyrillic is transliterated to Latin and apostrophes are dropped before splitting into words: {@code
 * O‘zbekiston}, {@code O'zbekiston}, {@code Ozbekiston} and {@code Ўзбекистон} all become {@code
 * ozbekiston}. A light stemmer then strips the commonest case and plural endings ({@code kitoblarni} →
 * {@code kitob}), since the language glues them onto words.
 */
public final class UzbekAnalyzer extends Analyzer {

  private static final CharArraySet STOP_WORDS =
      new CharArraySet(
          List.of("va", "bu", "u", "bilan", "uchun", "ham", "esa", "lekin", "yoki", "emas", "edi", "bir", "shu", "ular", "men", "siz", "biz"),
          false);

  /** Longest endings first, so {@code -larning} goes before {@code -ning}. */
  private static final List<String> ENDINGS =
      List.of(
          "larning", "lardan", "larga", "larda", "larni", "lari", "ning", "dagi", "dan", "lar", "ga", "da", "ni",
          "ka", "qa", "im", "ing", "si", "i");

  private static final int MIN_STEM = 3;

  private static final List<String> APOSTROPHES = List.of("'", "‘", "’", "ʻ", "ʼ", "`", "´", "ʹ");

  private static final NormalizeCharMap APOSTROPHES_AND_CYRILLIC = charMap(true);

  private static final NormalizeCharMap APOSTROPHES_ONLY = charMap(false);

  private static NormalizeCharMap charMap(boolean cyrillic) {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    APOSTROPHES.forEach(apostrophe -> map.add(apostrophe, ""));
    if (!cyrillic) {
      return map.build();
    }
    String[][] letters = {
      {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "yo"}, {"ж", "j"}, {"з", "z"},
      {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"}, {"п", "p"}, {"р", "r"},
      {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "x"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "sh"},
      {"ъ", ""}, {"ы", "i"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"}, {"ў", "o"}, {"қ", "q"}, {"ғ", "g"},
      {"ҳ", "h"}
    };
    for (String[] letter : letters) {
      map.add(letter[0], letter[1]);
      String upper = letter[0].toUpperCase(java.util.Locale.ROOT);
      map.add(upper, letter[1].isEmpty() ? "" : Character.toUpperCase(letter[1].charAt(0)) + letter[1].substring(1));
    }
    return map.build();
  }

  /**
   * Removes every kind of apostrophe, Uzbek {@code o‘} as well as English {@code don't}, on the document and
   * the query side alike, so that however a person types it the words meet.
   */
  static Reader withoutApostrophes(Reader reader) {
    return new MappingCharFilter(APOSTROPHES_ONLY, reader);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(APOSTROPHES_AND_CYRILLIC, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new StopFilter(result, STOP_WORDS);
    result = new EndingFilter(result);
    return new TokenStreamComponents(source, result);
  }

  /** Strips up to two endings, keeping at least {@link #MIN_STEM} letters. */
  static final class EndingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    EndingFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      String word = term.toString();
      String once = strip(word);
      String twice = strip(once);
      if (!twice.equals(word)) {
        term.setEmpty().append(twice);
      }
      return true;
    }

    static String strip(String word) {
      for (String ending : ENDINGS) {
        if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
          return word.substring(0, word.length() - ending.length());
        }
      }
      return word;
    }
  }
}
