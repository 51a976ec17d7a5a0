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
    if (result.size() > MAX_TAGS) {
      throw new InvalidInputException("tags", "At most " + MAX_TAGS + " tags.");
    }
    return result;
  }
}
