package org.example.portal.core.search;

import java.util.List;

/**
 * A page of results.
 *
 * @param total how many documents match in all
 * @param otherLanguages true when nothing matched in the searcher's language and these hits are in others
 * @param correctedText the text with misspelt words replaced by the indexed words they were matched to, or
 *     null when every word was found as typed
 */
public record SearchResults(long total, List<SearchHit> hits, boolean otherLanguages, String correctedText) {

  public static SearchResults empty() {
    return new SearchResults(0, List.of(), false, null);
  }
}
