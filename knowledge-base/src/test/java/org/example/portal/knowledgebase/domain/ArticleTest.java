package org.example.portal.knowledgebase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

  private Article draft(boolean internal) {
    return new Article(1L, "en", "Reset your password", "Use the link.", internal, 0, now);
  }

  @Test
  void aDraftIsVisibleToNobodyUntilPublished() {
    Article article = draft(false);
    assertFalse(article.isVisibleTo(true));
    article.publish(7L, now);
    assertTrue(article.isVisibleTo(false));
  }

  @Test
  void internalArticlesAreForStaffOnly() {
    Article article = draft(true);
    article.publish(7L, now);
    assertTrue(article.isVisibleTo(true));
    assertFalse(article.isVisibleTo(false));
  }

  @Test
  void editingAPublishedArticleKeepsReadersOnThePublishedTextUntilPublishedAgain() {
    Article article = draft(false);
    ArticleVersion first = article.publish(7L, now);
    article.edit(1L, "en", "Reset your password", "Half-written new text", false, 0, now);
    assertEquals("Use the link.", article.getPublishedBody());
    assertTrue(article.hasUnpublishedChanges());
    ArticleVersion second = article.publish(7L, now);
    assertEquals(1, first.getNumber());
    assertEquals(2, second.getNumber());
    assertEquals("Half-written new text", article.getPublishedBody());
  }

  @Test
  void everyChangeReadersCanSeeMovesTheIndexRevision() {
    Article article = draft(false);
    long draftRevision = article.getIndexRevision();
    article.publish(7L, now);
    long published = article.getIndexRevision();
    article.edit(1L, "en", "Reset your password", "Use the link.", true, 0, now);
    long madeInternal = article.getIndexRevision();
    article.archive(now);
    assertTrue(draftRevision < published && published < madeInternal && madeInternal < article.getIndexRevision());
  }

  @Test
  void anArchivedArticleIsHiddenAndCannotBeArchivedTwice() {
    Article article = draft(false);
    article.publish(7L, now);
    article.archive(now);
    assertFalse(article.isVisibleTo(true));
    assertThrows(ArticleStateException.class, () -> article.archive(now));
  }
}
