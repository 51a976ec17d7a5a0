package org.example.portal.knowledgebase.api;

import java.util.List;

/** Public articles that may answer what a customer is writing, best first. */
public interface ArticleSuggestions {

  /** At most this many suggestions per call. */
  int MAX = 10;

  /**
   * Articles that match {@code text} (a subject or a description being typed), in {@code language} first and
   * then in the others. Never internal, draft or archived articles; an empty list for blank text.
   */
  List<ArticleRef> suggestFor(String text, String language, int limit);
}
