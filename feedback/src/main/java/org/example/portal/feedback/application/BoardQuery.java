package org.example.portal.feedback.application;

import java.util.Locale;
import java.util.Set;
import org.example.portal.feedback.domain.IdeaStatus;

/**
 * What the board shows: filters, optional search text and the order. Every filter may be null (no filter).
 *
 * @param authorId only ideas this customer submitted ("my ideas")
 * @param followerId only ideas this customer follows
 */
public record BoardQuery(Long areaId, Set<IdeaStatus> statuses, String tag, String text, Sort sort, Long authorId, Long followerId) {

  /** Orders of the board. */
  public enum Sort {
    /** Most votes in recent days first (see {@code Trending}). */
    TRENDING,
    TOP,
    NEWEST,
    /** Oldest first: the review queue. */
    OLDEST,
    /** Votes weighted by customer tier. */
    WEIGHTED,
    /** RICE score; ideas without an estimate last. */
    SCORE
  }

  public BoardQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    sort = sort == null ? Sort.TRENDING : sort;
    tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
    text = text == null || text.isBlank() ? null : text.strip();
  }

  public static BoardQuery all(Sort sort) {
    return new BoardQuery(null, null, null, null, sort, null, null);
  }
}
