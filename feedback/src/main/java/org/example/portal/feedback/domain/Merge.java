package org.example.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.example.portal.core.error.ConflictException;

/**
 * One idea merged into another. What moved (each vote and follower, and whether it moved or was a duplicate
 * the target already had) is kept in {@code feedback_merge_move}, so an admin can undo the merge exactly.
 */
@Entity
@Table(name = "feedback_merge")
@NamedQuery(name = "Merge.activeOfSource", query = "select m from Merge m where m.sourceId = :sourceId and m.undoneAt is null")
public class Merge {

  @Id
  @SequenceGenerator(name = "feedback_merge_seq", sequenceName = "feedback_merge_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_merge_seq")
  private Long id;

  @Column(name = "source_id", nullable = false)
  private long sourceId;

  @Column(name = "target_id", nullable = false)
  private long targetId;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_status", nullable = false, length = 16)
  private IdeaStatus sourceStatus;

  @Column(name = "actor_id", nullable = false)
  private long actorId;

  @Column(name = "merged_at", nullable = false)
  private Instant mergedAt;

  @Column(name = "undone_by")
  private Long undoneBy;

  @Column(name = "undone_at")
  private Instant undoneAt;

  protected Merge() {}

  public Merge(long sourceId, long targetId, IdeaStatus sourceStatus, long actorId, Instant mergedAt) {
    this.sourceId = sourceId;
    this.targetId = targetId;
    this.sourceStatus = sourceStatus;
    this.actorId = actorId;
    this.mergedAt = mergedAt;
  }

  public void undo(long adminId, Instant now) {
    if (undoneAt != null) {
      throw new ConflictException("merge", "This merge was already undone.");
    }
    undoneBy = adminId;
    undoneAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getSourceId() {
    return sourceId;
  }

  public long getTargetId() {
    return targetId;
  }

  public IdeaStatus getSourceStatus() {
    return sourceStatus;
  }

  public Instant getUndoneAt() {
    return undoneAt;
  }
}
