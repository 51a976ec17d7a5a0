package org.example.portal.core.submission;

import java.util.List;

/**
 * Published content that may already answer a submission, such as help-centre articles, for staff deciding
 * what a new item duplicates. A feature that publishes content contributes one bean; whoever asks never
 * learns which feature answered.
 */
public interface RelatedContent {

  /**
   * At most {@code limit} published, public pieces that read like {@code text} (a submission's title and
   * summary), best first; an empty list for blank text.
   *
   * @param language the text's language code, such as {@code en}: pieces in that language are compared
   */
  List<Piece> relatedTo(String text, String language, int limit);

  /**
   * One related piece.
   *
   * @param kind what it is, such as {@code article}; a reader names it in their language
   * @param title its title as plain text
   * @param link its page, relative to the portal's root (e.g. {@code help/article/12})
   * @param score how alike it reads; comparable only within one feature's answer
   */
  record Piece(String kind, long id, String title, String link, float score) {}
}
