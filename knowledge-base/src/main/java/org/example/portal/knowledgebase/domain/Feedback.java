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

/** A reader's answer to "Was this helpful?", with an optional comment. */
@Entity
@Table(name = "kb_feedback")
@NamedQuery(name = "Feedback.withComments", query = "select f from Feedback f where f.articleId = :articleId and f.comment is not null order by f.createdAt desc")
public class Feedback {

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

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Feedback() {}

  public Feedback(Long articleId, boolean helpful, String comment, Long accountId, Instant createdAt) {
    this.articleId = articleId;
    this.helpful = helpful;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.accountId = accountId;
    this.createdAt = createdAt;
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
}
