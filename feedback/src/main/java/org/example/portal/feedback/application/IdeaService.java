package org.example.portal.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.config.PortalConfig;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.search.IndexChange;
import org.example.portal.core.submission.SubmissionChanged;
import org.example.portal.core.submission.SubmissionReceived;
import org.example.portal.core.text.Markdown;
import org.example.portal.feedback.domain.Comment;
import org.example.portal.feedback.domain.Follow;
import org.example.portal.feedback.domain.Idea;
import org.example.portal.feedback.domain.IdeaCustomerKey;
import org.example.portal.feedback.domain.IdeaHistoryEntry;
import org.example.portal.feedback.domain.IdeaStatus;
import org.example.portal.feedback.domain.Merge;
import org.example.portal.feedback.domain.SubmissionLimit;
import org.example.portal.feedback.domain.Vote;
import org.example.portal.feedback.infrastructure.IdeaIndex;
import org.example.portal.feedback.infrastructure.VoteMoves;

/**
 * What customers and product teams do with ideas. Each use case is one transaction that also fires the
 * submission event and the search index change, so triage and search see exactly what was committed.
 * Votes and follows lock the idea row first: two votes of the same customer at once are serialised, and the
 * second finds the first and counts nothing.
 */
@ApplicationScoped
@Transactional
public class IdeaService {

  /** The kind of submission an idea is, for triage and other observers. */
  public static final String SUBMISSION_KIND = "idea";

  /** How many ideas one customer may submit per hour unless {@code portal.ideas.per-hour} says otherwise. */
  public static final int DEFAULT_IDEAS_PER_HOUR = 10;

  @PersistenceContext EntityManager em;
  @Inject CatalogService catalog;
  @Inject Accounts accounts;
  @Inject PortalConfig config;
  @Inject IdeaNotifier notifier;
  @Inject Event<SubmissionReceived> received;
  @Inject Event<SubmissionChanged> changed;
  @Inject Event<IndexChange> indexChanges;

  Clock clock = Clock.systemUTC();

  public Idea submit(long customerId, @NotNull @Valid IdeaForm form) {
    Instant now = clock.instant();
    checkSubmissionRate(customerId, now);
    return create(customerId, form, now);
  }

  /** An idea staff post for a customer (see IdeaProposals): theirs, with their vote, without the hourly limit. */
  public Idea proposeFor(long customerId, @NotNull @Valid IdeaForm form) {
    Idea idea = create(customerId, form, clock.instant());
    return vote(customerId, idea.getId());
  }

  private Idea create(long customerId, IdeaForm form, Instant now) {
    requireArea(form.areaId());
    Idea idea = new Idea(form.title(), form.description(), form.areaId(), customerId, form.tagsOrEmpty(), now);
    // The author follows their own idea, so they hear about it like any follower; counted before the insert,
    // so the idea is written once.
    idea.addFollower();
    em.persist(idea);
    em.flush();
    em.persist(new Follow(idea.getId(), customerId, now));
    received.fire(
        new SubmissionReceived(SUBMISSION_KIND, idea.getId(), customerId, idea.getAreaId(), idea.getTitle(), summary(idea), now));
    indexed(idea);
    return idea;
  }

  public Idea edit(long customerId, long ideaId, @NotNull @Valid IdeaForm form) {
    Idea idea = idea(ideaId);
    requireArea(form.areaId());
    idea.edit(customerId, form.title(), form.description(), form.areaId(), form.tagsOrEmpty());
    em.flush();
    indexed(idea);
    return idea;
  }

  /** Votes for the idea; voting again changes nothing. Returns the idea with its new counts. */
  public Idea vote(long customerId, long ideaId) {
    Idea idea = lockedOpenIdea(ideaId, "vote for");
    if (em.find(Vote.class, new IdeaCustomerKey(ideaId, customerId)) == null) {
      Instant now = clock.instant();
      Vote vote = new Vote(ideaId, customerId, accounts.get(customerId).getTier().weight(), now);
      em.persist(vote);
      idea.addVote(vote.getWeight(), now);
      em.flush();
    }
    return idea;
  }

  public Idea unvote(long customerId, long ideaId) {
    Idea idea = lockedIdea(ideaId);
    Vote vote = em.find(Vote.class, new IdeaCustomerKey(ideaId, customerId));
    if (vote != null) {
      em.remove(vote);
      idea.removeVote(vote.getWeight(), vote.getCreatedAt());
      em.flush();
    }
    return idea;
  }

  public Idea follow(long customerId, long ideaId) {
    Idea idea = lockedIdea(ideaId);
    requireNotMerged(idea, "follow");
    if (em.find(Follow.class, new IdeaCustomerKey(ideaId, customerId)) == null) {
      em.persist(new Follow(ideaId, customerId, clock.instant()));
      idea.addFollower();
      em.flush();
    }
    return idea;
  }

  public Idea unfollow(long customerId, long ideaId) {
    Idea idea = lockedIdea(ideaId);
    Follow follow = em.find(Follow.class, new IdeaCustomerKey(ideaId, customerId));
    if (follow != null) {
      em.remove(follow);
      idea.removeFollower();
      em.flush();
    }
    return idea;
  }

  public Comment comment(long authorId, boolean staff, long ideaId, @NotNull @Valid CommentForm form) {
    if (form.internal() && !staff) {
      throw new InvalidInputException("internal", "Only staff can write internal comments.");
    }
    Idea idea = lockedIdea(ideaId);
    requireNotMerged(idea, "comment on");
    if (!idea.isVisibleTo(staff)) {
      throw new NotFoundException("Idea", ideaId);
    }
    Comment comment = new Comment(ideaId, authorId, form.body(), form.internal(), staff, clock.instant());
    em.persist(comment);
    if (!comment.isInternal()) {
      idea.addComment();
    }
    em.flush();
    return comment;
  }

  public Idea changeStatus(long staffId, long ideaId, @NotNull @Valid StatusForm form) {
    Idea idea = idea(ideaId);
    Instant now = clock.instant();
    IdeaHistoryEntry entry = idea.changeStatus(staffId, form.status(), form.response(), now);
    em.persist(entry);
    em.flush();
    notifier.statusChanged(idea, entry);
    changed.fire(new SubmissionChanged(SUBMISSION_KIND, idea.getId(), idea.getStatus().name(), staffId, now));
    indexed(idea);
    return idea;
  }

  public Idea respond(long staffId, long ideaId, @NotNull @Valid ResponseForm form) {
    Idea idea = idea(ideaId);
    IdeaHistoryEntry entry = idea.respond(staffId, form.response(), clock.instant());
    em.persist(entry);
    em.flush();
    notifier.responded(idea, entry);
    return idea;
  }

  public Idea prioritise(long ideaId, @NotNull @Valid PriorityForm form) {
    Idea idea = idea(ideaId);
    idea.prioritise(form.toPriority());
    em.flush();
    return idea;
  }

  /**
   * Merges a duplicate into the target: every vote and follower moves to the target once (a customer who
   * voted for both keeps one vote, the target's), the duplicate leads to the target from now on, and its
   * voters and followers are told. What moved is recorded so that an admin can undo it.
   */
  public Merge merge(long staffId, long sourceId, @NotNull @Valid MergeForm form) {
    // Lock both rows in id order, so two merges between the same ideas cannot deadlock.
    long targetId = form.targetId();
    Idea first = lockedIdea(Math.min(sourceId, targetId));
    Idea second = lockedIdea(Math.max(sourceId, targetId));
    Idea source = first.getId() == sourceId ? first : second;
    Idea target = source == first ? second : first;
    if (!target.getStatus().isOpen() && target.getStatus() != IdeaStatus.SHIPPED) {
      throw new ConflictException("targetId", "Idea #" + target.getId() + " is " + target.getStatus().name().toLowerCase().replace('_', ' ') + "; merge into an open or shipped idea.");
    }
    Instant now = clock.instant();
    IdeaStatus sourceStatus = source.getStatus();
    // Who hears about it: the duplicate's people, read before they move.
    List<Long> told = notifier.audience(source);
    IdeaHistoryEntry entry = source.mergeInto(target, staffId, now);
    Merge merge = new Merge(sourceId, targetId, sourceStatus, staffId, now);
    em.persist(merge);
    em.persist(entry);
    em.persist(IdeaHistoryEntry.mergedHere(targetId, staffId, target.getStatus(), sourceId, now));
    em.flush();
    VoteMoves.merge(em, merge.getId(), sourceId, targetId);
    VoteMoves.recount(em, target);
    em.flush();
    notifier.merged(source, target, told);
    changed.fire(new SubmissionChanged(SUBMISSION_KIND, sourceId, IdeaStatus.MERGED.name(), staffId, now));
    indexed(source);
    indexed(target);
    return merge;
  }

  /** Undoes a duplicate's merge: it gets back its status, votes and followers; the target loses what it gained. */
  public Idea unmerge(long adminId, long sourceId) {
    Idea source = lockedIdea(sourceId);
    Merge merge =
        em.createNamedQuery("Merge.activeOfSource", Merge.class)
            .setParameter("sourceId", sourceId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ConflictException("idea", "Idea #" + sourceId + " is not merged."));
    Idea target = lockedIdea(merge.getTargetId());
    Instant now = clock.instant();
    merge.undo(adminId, now);
    em.persist(source.unmerge(adminId, merge.getSourceStatus(), now));
    VoteMoves.undo(em, merge.getId(), sourceId, merge.getTargetId());
    VoteMoves.recount(em, source);
    VoteMoves.recount(em, target);
    em.flush();
    changed.fire(new SubmissionChanged(SUBMISSION_KIND, sourceId, source.getStatus().name(), adminId, now));
    indexed(source);
    indexed(target);
    return source;
  }

  public Idea hide(long ideaId, @NotNull @Valid HideForm form) {
    Idea idea = idea(ideaId);
    idea.hide(form.reason());
    em.flush();
    indexed(idea);
    return idea;
  }

  public Idea unhide(long ideaId) {
    Idea idea = idea(ideaId);
    idea.unhide();
    em.flush();
    indexed(idea);
    return idea;
  }

  public Comment hideComment(long commentId, boolean hidden) {
    Comment comment = Optional.ofNullable(em.find(Comment.class, commentId)).orElseThrow(() -> new NotFoundException("Comment", commentId));
    Idea idea = lockedIdea(comment.getIdeaId());
    if (hidden && !comment.isHidden()) {
      comment.hide();
      if (!comment.isInternal()) {
        idea.removeComment();
      }
    } else if (!hidden && comment.isHidden()) {
      comment.unhide();
      if (!comment.isInternal()) {
        idea.addComment();
      }
    }
    em.flush();
    return comment;
  }

  /** An idea as this viewer may see it; a hidden idea does not exist for customers. */
  public Idea view(boolean staff, long ideaId) {
    Idea idea = idea(ideaId);
    if (!idea.isVisibleTo(staff)) {
      throw new NotFoundException("Idea", ideaId);
    }
    return idea;
  }

  public List<Comment> comments(boolean staff, long ideaId) {
    view(staff, ideaId);
    return em.createNamedQuery(staff ? "Comment.ofIdea" : "Comment.publicOfIdea", Comment.class).setParameter("ideaId", ideaId).getResultList();
  }

  public List<IdeaHistoryEntry> history(boolean staff, long ideaId) {
    view(staff, ideaId);
    return em.createNamedQuery("IdeaHistoryEntry.ofIdea", IdeaHistoryEntry.class).setParameter("ideaId", ideaId).getResultList();
  }

  public boolean hasVoted(long customerId, long ideaId) {
    return em.find(Vote.class, new IdeaCustomerKey(ideaId, customerId)) != null;
  }

  public boolean follows(long customerId, long ideaId) {
    return em.find(Follow.class, new IdeaCustomerKey(ideaId, customerId)) != null;
  }

  private void checkSubmissionRate(long customerId, Instant now) {
    SubmissionLimit limit = new SubmissionLimit(config.getInt("portal.ideas.per-hour", DEFAULT_IDEAS_PER_HOUR));
    Instant since = now.minus(SubmissionLimit.WINDOW);
    long recent = em.createNamedQuery("Idea.submittedSince", Long.class).setParameter("authorId", customerId).setParameter("since", since).getSingleResult();
    if (recent >= limit.perHour()) {
      Instant oldest =
          em.createNamedQuery("Idea.submittedTimesSince", Instant.class).setParameter("authorId", customerId).setParameter("since", since)
              .setMaxResults(1).getSingleResult();
      limit.check(recent, oldest);
    }
  }

  private void requireArea(long areaId) {
    if (catalog.findArea(areaId).isEmpty()) {
      throw new InvalidInputException("areaId", "Choose a product area from the catalog.");
    }
  }

  private Idea idea(long ideaId) {
    return Optional.ofNullable(em.find(Idea.class, ideaId)).orElseThrow(() -> new NotFoundException("Idea", ideaId));
  }

  private Idea lockedIdea(long ideaId) {
    return Optional.ofNullable(em.find(Idea.class, ideaId, LockModeType.PESSIMISTIC_WRITE)).orElseThrow(() -> new NotFoundException("Idea", ideaId));
  }

  private Idea lockedOpenIdea(long ideaId, String action) {
    Idea idea = lockedIdea(ideaId);
    requireNotMerged(idea, action);
    if (idea.isHidden()) {
      throw new NotFoundException("Idea", ideaId);
    }
    if (!idea.getStatus().isOpen()) {
      throw new ConflictException("idea", "This idea is " + idea.getStatus().name().toLowerCase().replace('_', ' ') + " and no longer takes votes.");
    }
    return idea;
  }

  private static void requireNotMerged(Idea idea, String action) {
    if (idea.getMergedIntoId() != null) {
      throw new ConflictException("idea", "This idea was merged into idea #" + idea.getMergedIntoId() + "; " + action + " that one instead.");
    }
  }

  private void indexed(Idea idea) {
    indexChanges.fire(
        !idea.isListed()
            ? IndexChange.remove(IdeaIndex.CONTEXT, String.valueOf(idea.getId()))
            : IndexChange.put(IdeaIndex.CONTEXT, IdeaIndex.document(idea)));
  }

  static String summary(Idea idea) {
    String text = Markdown.toText(idea.getDescription()).strip();
    return text.length() > 300 ? text.substring(0, 299) + "…" : text;
  }

  /** The display name of an account, for pages that show who wrote what. */
  public String nameOf(long accountId) {
    return accounts.findById(accountId).map(Account::getDisplayName).orElse("#" + accountId);
  }
}
