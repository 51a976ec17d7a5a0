package org.example.portal.feedback.domain;

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
 * A comment on an idea. Internal comments are notes among staff: customers never see them, through any
 * channel. Hidden comments (spam, abuse) are kept for staff but shown to nobody else.
 */
@Entity
@Table(name = "feedback_comment")
@NamedQuery(name = "Comment.ofIdea", query = "select c from Comment c where c.ideaId = :ideaId order by c.createdAt, c.id")
@NamedQuery(
    name = "Comment.publicOfIdea",
    query = "select c from Comment c where c.ideaId = :ideaId and c.internal = false and c.hidden = false order by c.createdAt, c.id")
public class Comment {

  public static final int BODY_MAX_LENGTH = 5000;

  @Id
  @SequenceGenerator(name = "feedback_comment_seq", sequenceName = "feedback_comment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_comment_seq")
  private Long id;

  @Column(name = "idea_id", nullable = false)
  private long ideaId;

  @Column(name = "author_id", nullable = false)
  private long authorId;

  @Column(nullable = false, length = BODY_MAX_LENGTH)
  private String body;

  @Column(nullable = false)
  private boolean internal;

  @Column(name = "by_staff", nullable = false)
  private boolean byStaff;

  @Column(nullable = false)
  private boolean hidden;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Comment() {}

  public Comment(long ideaId, long authorId, String body, boolean internal, boolean byStaff, Instant createdAt) {
    if (internal && !byStaff) {
      throw new IllegalArgumentException("Only staff write internal comments");
    }
    this.ideaId = ideaId;
    this.authorId = authorId;
    this.body = body.strip();
    this.internal = internal;
    this.byStaff = byStaff;
    this.createdAt = createdAt;
  }

  public boolean isVisibleTo(boolean staff) {
    return staff || (!internal && !hidden);
  }

  public void hide() {
    hidden = true;
  }

  public void unhide() {
    hidden = false;
  }

  public Long getId() {
    return id;
  }

  public long getIdeaId() {
    return ideaId;
  }

  public long getAuthorId() {
    return authorId;
  }

  public String getBody() {
    return body;
  }

  public boolean isInternal() {
    return internal;
  }

  public boolean isByStaff() {
    return byStaff;
  }

  public boolean isHidden() {
    return hidden;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
