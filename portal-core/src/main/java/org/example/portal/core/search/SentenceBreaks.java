package org.example.portal.core.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one pass over the text: after '.', '!' or '?' and the white
 * space that follows, and after a line break. The highlighter asks for the boundaries around every match;
 * the JDK's rule-based sentence iterator answered each by running its rules again, which took as long as the
 * search itself. Snippets need no finer rules than these.
 */
final class SentenceBreaks extends BreakIterator {

  private CharacterIterator text = new StringCharacterIterator("");
  private int[] boundaries = {0};
  private int count = 1;
  private int current;

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    boundaries = new int[16];
    count = 0;
    current = 0;
    add(newText.getBeginIndex());
    char previous = 0;
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      int at = newText.getIndex();
      if (count > 1 && boundaries[count - 1] == at && Character.isWhitespace(c)) {
        // A sentence starts at its first word, not at the spaces or blank lines before it.
        boundaries[count - 1] = at + 1;
      } else if (c == '\n' || Character.isWhitespace(c) && (previous == '.' || previous == '!' || previous == '?')) {
        add(at + 1);
      }
      previous = c;
    }
    add(newText.getEndIndex());
  }

  private void add(int boundary) {
    if (count > 0 && boundaries[count - 1] >= boundary) {
      return;
    }
    if (count == boundaries.length) {
      boundaries = Arrays.copyOf(boundaries, count * 2);
    }
    boundaries[count++] = boundary;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    current = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    current = count - 1;
    return boundaries[current];
  }

  @Override
  public int current() {
    return boundaries[current];
  }

  @Override
  public int next() {
    if (current == count - 1) {
      return DONE;
    }
    return boundaries[++current];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int previous() {
    if (current == 0) {
      return DONE;
    }
    return boundaries[--current];
  }

  /** The first boundary after the offset, or DONE (positioned at the last boundary) if there is none. */
  @Override
  public int following(int offset) {
    int at = Arrays.binarySearch(boundaries, 0, count, offset);
    int next = at >= 0 ? at + 1 : -at - 1;
    if (next >= count) {
      current = count - 1;
      return DONE;
    }
    current = next;
    return boundaries[current];
  }

  /** The last boundary before the offset, or DONE (positioned at the first boundary) if there is none. */
  @Override
  public int preceding(int offset) {
    int at = Arrays.binarySearch(boundaries, 0, count, offset);
    int before = (at >= 0 ? at : -at - 1) - 1;
    if (before < 0) {
      current = 0;
      return DONE;
    }
    current = before;
    return boundaries[current];
  }
}
