package org.example.portal.core.search;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search as a person typed it. The text is never parsed as a query language: quotes make a phrase, every
 * other character is just text, so no input can make a search fail.
 *
 * @param language the searcher's language; its documents are searched first
 * @param filters for each filter key, the values a hit may have (all keys must match)
 * @param otherLanguages whether to look in other languages when the searcher's language has no hit
 */
public record SearchQuery(
    String text, String language, Map<String, Set<String>> filters, int offset, int limit, boolean otherLanguages) {

  /** Longer input is cut: nobody types more, and it bounds the work one search can cause. */
  public static final int MAX_TEXT_LENGTH = 1000;

  public static final int MAX_LIMIT = 100;

  public SearchQuery {
    text = Objects.requireNonNullElse(text, "");
    if (text.length() > MAX_TEXT_LENGTH) {
      text = text.substring(0, MAX_TEXT_LENGTH);
    }
    language = language == null || language.isBlank() ? "en" : language;
    filters = Map.copyOf(filters == null ? Map.of() : filters);
    offset = Math.max(0, offset);
    limit = Math.clamp(limit, 1, MAX_LIMIT);
  }

  public static SearchQuery of(String text, String language, Map<String, Set<String>> filters) {
    return new SearchQuery(text, language, filters, 0, 10, true);
  }

  public SearchQuery page(int offset, int limit) {
    return new SearchQuery(text, language, filters, offset, limit, otherLanguages);
  }
}
