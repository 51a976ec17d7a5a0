package org.example.portal.feedback.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;

/**
 * A customer's proposal for a product. Its author may edit it until a product team has reviewed it; the team
 * moves its status, answers officially, estimates its priority, merges duplicates into it or hides it. Vote,
 * follower and comment counts are kept on the idea so that the board sorts on indexed columns.
 */
@Entity
@Table(name = "feedback_idea")
@NamedQuery(name = "Idea.indexRevisions", query = "select i.id, i.indexRevision from Idea i where i.listed = true")
@NamedQuery(name = "Idea.byIds", query = "select i from Idea i where i.id in :ids")
@NamedQuery(name = "Idea.mergedInto", query = "select i.id from Idea i where i.mergedIntoId = :id")
@NamedQuery(name = "Idea.submittedSince", query = "select count(i) from Idea i where i.authorId = :authorId and i.createdAt > :since")
@NamedQuery(name = "Idea.submittedTimesSince", query = "select i.createdAt from Idea i where i.authorId = :authorId and i.createdAt > :since order by i.createdAt")
public class Idea {

  public static final int TITLE_MAX_LENGTH = 120;
  public static final int DESCRIPTION_MAX_LENGTH = 10_000;
  public static final int RESPONSE_MAX_LENGTH = 2000;
  public static final int HIDE_REASON_MAX_LENGTH = 200;
  public static final int MAX_TAGS = 5;
  public static final int TAG_MAX_LENGTH = 40;
  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*");

  @Id
  @SequenceGenerator(name = "feedback_idea_seq", sequenceName = "feedback_idea_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_idea_seq")
  private Long id;

  @Column(nullable = false, length = TITLE_MAX_LENGTH)
  private String title;

  @Column(length = DESCRIPTION_MAX_LENGTH)
  private String description;

  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "author_id", nullable = false)
  private long authorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private IdeaStatus status;

  @Column(name = "official_response", length = RESPONSE_MAX_LENGTH)
  private String officialResponse;

  @Column(nullable = false)
  private boolean reviewed;

  @Column(name = "merged_into_id")
  private Long mergedIntoId;

  @Column(nullable = false)
  private boolean hidden;

  @Column(name = "hidden_reason", length = HIDE_REASON_MAX_LENGTH)
  private String hiddenReason;

  /** On the public board: neither hidden nor merged (kept as a column so the board's indexes can use it). */
  @Column(nullable = false)
  private boolean listed;

  @Column(name = "vote_count", nullable = false)
  private int voteCount;

  @Column(name = "weighted_votes", nullable = false)
  private int weightedVotes;

  @Column(nullable = false)
  private double trending;

  @Column(name = "follower_count", nullable = false)
  private int followerCount;

  @Column(name = "comment_count", nullable = false)
  private int commentCount;

  @Column(precision = 4, scale = 2)
  private BigDecimal impact;

  private Integer confidence;

  @Column(precision = 6, scale = 2)
  private BigDecimal effort;

  private Double score;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  /** Goes up whenever what the search index holds for the idea changes; reconciliation compares it. */
  @Column(name = "index_revision", nullable = false)
  private long indexRevision;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "feedback_idea_tag", joinColumns = @JoinColumn(name = "idea_id"))
  @Column(name = "tag", length = TAG_MAX_LENGTH)
  private Set<String> tags = new TreeSet<>();

  protected Idea() {}

  public Idea(String title, String description, long areaId, long authorId, Collection<String> tags, Instant now) {
    this.title = title.strip();
    this.description = blankToNull(description);
    this.areaId = areaId;
    this.authorId = authorId;
    this.tags = normalizeTags(tags);
    this.status = IdeaStatus.NEW;
    this.listed = true;
    this.createdAt = now;
    this.indexRevision = 1;
  }

  /** Tags as the board shows and filters them: trimmed, lower case, without repeats, at most five. */
  public static Set<String> normalizeTags(Collection<String> tags) {
    Set<String> normalized = new TreeSet<>();
    if (tags == null) {
      return normalized;
    }
    for (String tag : tags) {
      if (tag == null || tag.isBlank()) {
        continue;
      }
      String t = tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (t.length() > TAG_MAX_LENGTH || !TAG.matcher(t).matches()) {
        throw new InvalidInputException("tags", "A tag is a word or two of letters and digits, at most " + TAG_MAX_LENGTH + " characters: \"" + tag.strip() + "\" is not.");
      }
      normalized.add(t);
    }
    if (normalized.size() > MAX_TAGS) {
      throw new InvalidInputException("tags", "An idea has at most " + MAX_TAGS + " tags.");
    }
    return normalized;
  }

  /** The author changes their idea; allowed until a product team has reviewed it. */
  public void edit(long editorId, String newTitle, String newDescription, long newAreaId, Collection<String> newTags) {
    if (editorId != authorId) {
      throw new ConflictException("idea", "Only the idea's author can edit it.");
    }
    if (reviewed || status != IdeaStatus.NEW) {
      throw new ConflictException("idea", "A product team has reviewed this idea, so it can no longer be edited. Add a comment instead.");
    }
    this.title = newTitle.strip();
    this.description = blankToNull(newDescription);
    this.areaId = newAreaId;
    this.tags.clear();
    this.tags.addAll(normalizeTags(newTags));
    indexRevision++;
  }

  /**
   * A product team moves the idea to another status with an optional public response; declining needs one,
   * because customers deserve a reason. Returns the history entry to keep.
   */
  public IdeaHistoryEntry changeStatus(long actorId, IdeaStatus target, String response, Instant now) {
    requireNotMerged();
    if (target == status) {
      throw new ConflictException("status", "The idea is already " + label(status) + ".");
    }
    if (!status.canMoveTo(target)) {
      throw new ConflictException("status", "An idea that is " + label(status) + " cannot become " + label(target) + "; it can become " + status.next().stream().map(Idea::label).toList() + ".");
    }
    String answer = blankToNull(response);
    if (target == IdeaStatus.DECLINED && answer == null) {
      throw new InvalidInputException("response", "Tell the customers why the idea is declined.");
    }
    IdeaStatus from = status;
    status = target;
    reviewed = true;
    statusChangedAt = now;
    if (answer != null) {
      officialResponse = answer;
    }
    indexRevision++;
    return IdeaHistoryEntry.statusChange(id, actorId, from, target, answer, now);
  }

  /** A product team answers publicly without changing the status. */
  public IdeaHistoryEntry respond(long actorId, String response, Instant now) {
    requireNotMerged();
    String answer = blankToNull(response);
    if (answer == null) {
      throw new InvalidInputException("response", "Write the response.");
    }
    officialResponse = answer;
    reviewed = true;
    return IdeaHistoryEntry.response(id, actorId, status, answer, now);
  }

  /**
   * Marks this idea a duplicate of the target. Votes and followers are moved by the caller (see {@link
   * VoteTransfer}); the idea keeps its text and leads to the target from now on.
   */
  public IdeaHistoryEntry mergeInto(Idea target, long actorId, Instant now) {
    if (target.getId().equals(id)) {
      throw new InvalidInputException("targetId", "An idea cannot be merged into itself.");
    }
    requireNotMerged();
    if (target.mergedIntoId != null) {
      throw new ConflictException("targetId", "Idea #" + target.id + " was itself merged into #" + target.mergedIntoId + "; merge into that one.");
    }
    IdeaStatus from = status;
    status = IdeaStatus.MERGED;
    mergedIntoId = target.getId();
    listed = false;
    reviewed = true;
    statusChangedAt = now;
    clearCounters();
    indexRevision++;
    return IdeaHistoryEntry.merge(id, actorId, from, target.getId(), now);
  }

  /** Undoes a merge: the idea is back with the status it had, its votes and followers given back by the caller. */
  public IdeaHistoryEntry unmerge(long actorId, IdeaStatus previous, Instant now) {
    if (mergedIntoId == null) {
      throw new ConflictException("idea", "Idea #" + id + " is not merged.");
    }
    long target = mergedIntoId;
    mergedIntoId = null;
    listed = !hidden;
    status = previous;
    statusChangedAt = now;
    indexRevision++;
    return IdeaHistoryEntry.unmerge(id, actorId, previous, target, now);
  }

  public void addVote(int weight, Instant votedAt) {
    voteCount++;
    weightedVotes += weight;
    trending += Trending.weightOf(votedAt);
    rescore();
  }

  public void removeVote(int weight, Instant votedAt) {
    voteCount = Math.max(0, voteCount - 1);
    weightedVotes = Math.max(0, weightedVotes - weight);
    trending = voteCount == 0 ? 0 : Math.max(0, trending - Trending.weightOf(votedAt));
    rescore();
  }

  /** Sets the counters from the idea's votes and followers as the database holds them (after a merge moved them). */
  public void recount(int votes, int weighted, List<Instant> votedAt, int followers) {
    voteCount = votes;
    weightedVotes = weighted;
    trending = votedAt.stream().mapToDouble(Trending::weightOf).sum();
    followerCount = followers;
    rescore();
  }

  public void addFollower() {
    followerCount++;
  }

  public void removeFollower() {
    followerCount = Math.max(0, followerCount - 1);
  }

  public void addComment() {
    commentCount++;
  }

  public void removeComment() {
    commentCount = Math.max(0, commentCount - 1);
  }

  public void prioritise(Priority priority) {
    impact = priority.impact();
    confidence = priority.confidence();
    effort = priority.effort();
    rescore();
  }

  public Priority priority() {
    return new Priority(impact, confidence, effort);
  }

  /** Moderation: the idea disappears from the board and search for everyone but staff. */
  public void hide(String reason) {
    String why = blankToNull(reason);
    if (why == null) {
      throw new InvalidInputException("reason", "Say why the idea is hidden (for example spam or abuse).");
    }
    hidden = true;
    listed = false;
    hiddenReason = why;
    indexRevision++;
  }

  public void unhide() {
    hidden = false;
    listed = mergedIntoId == null;
    hiddenReason = null;
    indexRevision++;
  }

  /** Staff see everything; everyone else sees ideas that are not hidden. */
  public boolean isVisibleTo(boolean staff) {
    return staff || !hidden;
  }

  public boolean isEditableBy(long accountId) {
    return accountId == authorId && !reviewed && status == IdeaStatus.NEW;
  }

  private void rescore() {
    score = priority().score(weightedVotes);
  }

  private void clearCounters() {
    voteCount = 0;
    weightedVotes = 0;
    trending = 0;
    followerCount = 0;
    rescore();
  }

  private void requireNotMerged() {
    if (mergedIntoId != null) {
      throw new ConflictException("idea", "Idea #" + id + " was merged into #" + mergedIntoId + "; act on that one.");
    }
  }

  static String label(IdeaStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public long getAreaId() {
    return areaId;
  }

  public long getAuthorId() {
    return authorId;
  }

  public IdeaStatus getStatus() {
    return status;
  }

  public String getOfficialResponse() {
    return officialResponse;
  }

  public boolean isReviewed() {
    return reviewed;
  }

  public Long getMergedIntoId() {
    return mergedIntoId;
  }

  public boolean isListed() {
    return listed;
  }

  public boolean isHidden() {
    return hidden;
  }

  public String getHiddenReason() {
    return hiddenReason;
  }

  public int getVoteCount() {
    return voteCount;
  }

  public int getWeightedVotes() {
    return weightedVotes;
  }

  public double getTrending() {
    return trending;
  }

  public int getFollowerCount() {
    return followerCount;
  }

  public int getCommentCount() {
    return commentCount;
  }

  public Double getScore() {
    return score;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public long getIndexRevision() {
    return indexRevision;
  }

  public long getVersion() {
    return version;
  }

  /** The tags in alphabetical order. */
  public List<String> getTags() {
    return tags.stream().sorted().toList();
  }


  /** For tests of the rules, where no database assigns ids. */
  void assignId(long id) {
    this.id = id;
  }
}
