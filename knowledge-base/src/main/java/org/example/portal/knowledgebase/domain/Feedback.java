package org.example.portal.knowledgebase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reader's answer to "Was this helpful?", with an optional comment. A reader has one answer per article
 * and may change it; the article's counters then move from one side to the other instead of growing.
 */
@Entity
@Table(name = "kb_feedback")
@NamedQuery(name = "Feedback.withComments", query = "select f from Feedback f where f.articleId = :articleId and f.comment is not null order by f.createdAt desc")
@NamedQuery(name = "Feedback.ofReader", query = "select f from Feedback f where f.articleId = :articleId and f.reader = :reader")
public class Feedback {

  /** How an answer moves the article's "helpful" and "not helpful" counters. */
  public record Tally(int helpful, int notHelpful) {
    public static final Tally NONE = new Tally(0, 0);

    static Tally of(boolean helpful) {
      return helpful ? new Tally(1, 0) : new Tally(0, 1);
    }
  }

  public static final int COMMENT_MAX_LENGTH = 1000;

  @Id
  @SequenceGenerator(name = "kb_feedback_seq", sequenceName = "kb_feedback_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_feedback_seq")
  private Long id;

  @Column(name = "article_id", nullable = false)
  private Long articleId;

  @Column(nullable = false)
  private boolean helpful;

  @Column(length = COMMENT_MAX_LENGTH)
  private String comment;

  @Column(name = "account_id")
  private Long accountId;

  /** Who answered, as {@link Reader#key()}: one answer per reader and article (a unique index). */
  @Column(length = Reader.KEY_MAX_LENGTH)
  private String reader;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Feedback() {}

  public Feedback(Long articleId, Reader reader, boolean helpful, String comment, Instant now) {
    this.articleId = articleId;
    this.reader = reader.key();
    this.accountId = reader.accountId();
    this.helpful = helpful;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** What a first answer adds to the article's counters. */
  public Tally tally() {
    return Tally.of(helpful);
  }

  /**
   * The reader answers again: the new answer, comment included, replaces the old one. The counters move only
   * when the answer itself changed, one from the old side to the new.
   */
  public Tally answerAgain(boolean helpful, String comment, Instant now) {
    Tally change = helpful == this.helpful ? Tally.NONE : helpful ? new Tally(1, -1) : new Tally(-1, 1);
    this.helpful = helpful;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.updatedAt = now;
    return change;
  }

  public Long getArticleId() {
    return articleId;
  }

  public boolean isHelpful() {
    return helpful;
  }

  public String getComment() {
    return comment;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
