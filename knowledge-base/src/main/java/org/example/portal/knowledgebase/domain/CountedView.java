package org.example.portal.knowledgebase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The last view of an article that counted for one reader. Reading the article again within {@link #WINDOW}
 * does not count; after it, the next view counts again. Rows older than the window mean nothing and are
 * removed as views of the same article come in.
 */
@Entity
@Table(name = "kb_article_view")
@IdClass(CountedView.Key.class)
@NamedQuery(
    name = "CountedView.deleteExpired",
    query = "delete from CountedView v where v.articleId = :articleId and v.countedAt < :before and v.reader <> :reader")
public class CountedView {

  /** A reader's views of one article within this long count once. */
  public static final Duration WINDOW = Duration.ofHours(24);

  @Id
  @Column(name = "article_id")
  private Long articleId;

  @Id
  @Column(length = Reader.KEY_MAX_LENGTH)
  private String reader;

  @Column(name = "counted_at", nullable = false)
  private Instant countedAt;

  protected CountedView() {}

  public CountedView(long articleId, Reader reader, Instant now) {
    this.articleId = articleId;
    this.reader = reader.key();
    this.countedAt = now;
  }

  /** Rows counted before this are past the window. */
  public static Instant expiredBefore(Instant now) {
    return now.minus(WINDOW);
  }

  /** Whether a view now counts again; if so, the window starts anew from now. */
  public boolean countAgain(Instant now) {
    if (countedAt.isAfter(expiredBefore(now))) {
      return false;
    }
    countedAt = now;
    return true;
  }

  public Instant getCountedAt() {
    return countedAt;
  }

  /** The primary key: article and reader. */
  public static class Key implements Serializable {
    private Long articleId;
    private String reader;

    public Key() {}

    public Key(long articleId, Reader reader) {
      this.articleId = articleId;
      this.reader = reader.key();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Objects.equals(articleId, key.articleId) && Objects.equals(reader, key.reader);
    }

    @Override
    public int hashCode() {
      return Objects.hash(articleId, reader);
    }
  }
}
