package org.example.portal.triage.application;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.example.portal.core.error.InvalidInputException;

/** Tags are short lower-case words (letters, digits, dashes), so they read the same wherever they appear. */
final class Tags {

  static final int MAX_TAGS = 10;
  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,29}");

  private Tags() {}

  static Set<String> normalize(Collection<String> tags) {
    Set<String> result = new LinkedHashSet<>();
    for (String tag : tags) {
      if (tag == null || tag.isBlank()) {
        continue;
      }
      String t = tag.strip().toLowerCase(Locale.ROOT);
      if (!TAG.matcher(t).matches()) {
        throw new InvalidInputException("tags", "A tag is a word of letters, digits and dashes, at most 30 characters: " + tag.strip());
      }
      result.add(t);
    }
    return atMostTheLimit(result);
  }

  /** The tags an item has with {@code more} added, in their order: at most {@link #MAX_TAGS}. */
  static Set<String> added(Collection<String> has, Collection<String> more) {
    Set<String> result = new LinkedHashSet<>(has);
    result.addAll(more);
    return atMostTheLimit(result);
  }

  /** The tags an item has without {@code fewer}. */
  static Set<String> removed(Collection<String> has, Collection<String> fewer) {
    Set<String> result = new LinkedHashSet<>(has);
    result.removeAll(fewer);
    return result;
  }

  private static Set<String> atMostTheLimit(Set<String> tags) {
    if (tags.size() > MAX_TAGS) {
      throw new InvalidInputException("tags", "An item or rule has at most " + MAX_TAGS + " tags.");
    }
    return tags;
  }
}
