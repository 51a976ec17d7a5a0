package org.example.portal.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

  private static final String TEXT = "Use pip. Is it slow?  Profile it!\nThen 3.5 times faster, see python.org now.";

  @Test
  void sentencesEndAfterTheirPunctuationAndSpaceOrAtALineBreak() {
    BreakIterator breaks = new SentenceBreaks();
    breaks.setText(TEXT);
    List<Integer> all = new ArrayList<>();
    for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
      all.add(b);
    }
    assertEquals(List.of(0, TEXT.indexOf("Is"), TEXT.indexOf(" Profile") + 1, TEXT.indexOf("Then"), TEXT.length()), all);
  }

  @Test
  void followingAndPrecedingFindTheBoundariesAroundAnOffset() {
    BreakIterator breaks = new SentenceBreaks();
    breaks.setText(TEXT);
    int match = TEXT.indexOf("slow");
    assertEquals(TEXT.indexOf("Is"), breaks.preceding(match));
    assertEquals(TEXT.indexOf(" Profile") + 1, breaks.following(match));
    assertEquals(TEXT.indexOf("Then"), breaks.following(TEXT.indexOf(" Profile") + 1));
    assertEquals(BreakIterator.DONE, breaks.following(TEXT.length()));
    assertEquals(TEXT.length(), breaks.current());
    assertEquals(BreakIterator.DONE, breaks.preceding(0));
    assertEquals(0, breaks.current());
  }
}
