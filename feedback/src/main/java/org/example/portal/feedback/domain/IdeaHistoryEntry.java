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

/** One thing that happened to an idea, kept for good: a status change, an official response, a merge or its undoing. */
@Entity
@Table(name = "feedback_history")
@NamedQuery(name = "IdeaHistoryEntry.ofIdea", query = "select h from IdeaHistoryEntry h where h.ideaId = :ideaId order by h.at, h.id")
@NamedQuery(
    name = "IdeaHistoryEntry.changelog",
    query = "select h from IdeaHistoryEntry h where h.kind = org.example.portal.feedback.domain.IdeaHistoryEntry.Kind.STATUS and h.toStatus = org.example.portal.feedback.domain.IdeaStatus.SHIPPED order by h.at desc, h.id desc")
public class IdeaHistoryEntry {

  public enum Kind {
    STATUS,
    RESPONSE,
    MERGED,
    UNMERGED
  }

  @Id
  @SequenceGenerator(name = "feedback_history_seq", sequenceName = "feedback_history_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_history_seq")
  private Long id;

  @Column(name = "idea_id", nullable = false)
  private long ideaId;

  @Column(name = "actor_id")
  private Long actorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 16)
  private IdeaStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 16)
  private IdeaStatus toStatus;

  @Column(length = Idea.RESPONSE_MAX_LENGTH)
  private String note;

  @Column(name = "other_idea_id")
  private Long otherIdeaId;

  @Column(nullable = false)
  private Instant at;

  protected IdeaHistoryEntry() {}

  private IdeaHistoryEntry(long ideaId, Long actorId, Kind kind, IdeaStatus from, IdeaStatus to, String note, Long otherIdeaId, Instant at) {
    this.ideaId = ideaId;
    this.actorId = actorId;
    this.kind = kind;
    this.fromStatus = from;
    this.toStatus = to;
    this.note = note;
    this.otherIdeaId = otherIdeaId;
    this.at = at;
  }

  static IdeaHistoryEntry statusChange(Long ideaId, long actorId, IdeaStatus from, IdeaStatus to, String response, Instant at) {
    return new IdeaHistoryEntry(ideaId, actorId, Kind.STATUS, from, to, response, null, at);
  }

  static IdeaHistoryEntry response(Long ideaId, long actorId, IdeaStatus status, String response, Instant at) {
    return new IdeaHistoryEntry(ideaId, actorId, Kind.RESPONSE, status, status, response, null, at);
  }

  static IdeaHistoryEntry merge(Long ideaId, long actorId, IdeaStatus from, long targetId, Instant at) {
    return new IdeaHistoryEntry(ideaId, actorId, Kind.MERGED, from, IdeaStatus.MERGED, null, targetId, at);
  }

  static IdeaHistoryEntry unmerge(Long ideaId, long actorId, IdeaStatus to, long targetId, Instant at) {
    return new IdeaHistoryEntry(ideaId, actorId, Kind.UNMERGED, IdeaStatus.MERGED, to, null, targetId, at);
  }

  /** The target's side of a merge: another idea was merged into it. */
  public static IdeaHistoryEntry mergedHere(long targetId, long actorId, IdeaStatus status, long sourceId, Instant at) {
    return new IdeaHistoryEntry(targetId, actorId, Kind.MERGED, status, status, null, sourceId, at);
  }

  public Long getId() {
    return id;
  }

  public long getIdeaId() {
    return ideaId;
  }

  public Long getActorId() {
    return actorId;
  }

  public Kind getKind() {
    return kind;
  }

  public IdeaStatus getFromStatus() {
    return fromStatus;
  }

  public IdeaStatus getToStatus() {
    return toStatus;
  }

  public String getNote() {
    return note;
  }

  public Long getOtherIdeaId() {
    return otherIdeaId;
  }

  public Instant getAt() {
    return at;
  }
}
