package org.example.portal.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class IdeaTest {

  private static final long AUTHOR = 7;
  private static final long STAFF = 9;
  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

  private static Idea idea(long id) {
    Idea idea = new Idea("  Dark mode for the app ", "Please **add** it", 3, AUTHOR, List.of("UI", " ui ", "Night  Reading"), NOW);
    idea.assignId(id);
    return idea;
  }

  @Test
  void aNewIdeaIsTrimmedWithNormalizedTagsAndOpen() {
    Idea idea = idea(1);
    assertEquals("Dark mode for the app", idea.getTitle());
    assertEquals(List.of("night reading", "ui"), idea.getTags());
    assertEquals(IdeaStatus.NEW, idea.getStatus());
    assertTrue(idea.isEditableBy(AUTHOR));
    assertFalse(idea.isEditableBy(STAFF));
  }

  @Test
  void tagsThatAreNotWordsOrTooManyAreRefusedWithTheReason() {
    InvalidInputException odd = assertThrows(InvalidInputException.class, () -> Idea.normalizeTags(List.of("<script>")));
    assertEquals("tags", odd.field());
    assertTrue(odd.getMessage().contains("<script>"));
    assertThrows(InvalidInputException.class, () -> Idea.normalizeTags(List.of("a", "b", "c", "d", "e", "f")));
  }

  @Test
  void theAuthorEditsUntilAProductTeamReviewsIt() {
    Idea idea = idea(1);
    long revision = idea.getIndexRevision();
    idea.edit(AUTHOR, "Dark theme", "", 4, List.of());
    assertEquals("Dark theme", idea.getTitle());
    assertNull(idea.getDescription());
    assertEquals(4, idea.getAreaId());
    assertTrue(idea.getIndexRevision() > revision);

    assertThrows(ConflictException.class, () -> idea.edit(STAFF, "Not mine", null, 4, List.of()));
    idea.changeStatus(STAFF, IdeaStatus.UNDER_REVIEW, null, NOW);
    ConflictException reviewed = assertThrows(ConflictException.class, () -> idea.edit(AUTHOR, "Too late", null, 4, List.of()));
    assertTrue(reviewed.getMessage().contains("reviewed"));
    assertFalse(idea.isEditableBy(AUTHOR));
  }

  @Test
  void statusesMoveOnlyAlongTheWorkflowAndEachChangeIsRecorded() {
    Idea idea = idea(1);
    IdeaHistoryEntry planned = idea.changeStatus(STAFF, IdeaStatus.PLANNED, "On the roadmap for Q3", NOW);
    assertEquals(IdeaStatus.NEW, planned.getFromStatus());
    assertEquals(IdeaStatus.PLANNED, planned.getToStatus());
    assertEquals("On the roadmap for Q3", planned.getNote());
    assertEquals("On the roadmap for Q3", idea.getOfficialResponse());

    ConflictException skip = assertThrows(ConflictException.class, () -> idea.changeStatus(STAFF, IdeaStatus.SHIPPED, null, NOW));
    assertTrue(skip.getMessage().contains("cannot become shipped"), skip.getMessage());
    assertThrows(ConflictException.class, () -> idea.changeStatus(STAFF, IdeaStatus.PLANNED, null, NOW));
    assertThrows(ConflictException.class, () -> idea.changeStatus(STAFF, IdeaStatus.MERGED, null, NOW));

    idea.changeStatus(STAFF, IdeaStatus.IN_PROGRESS, null, NOW);
    idea.changeStatus(STAFF, IdeaStatus.SHIPPED, "Released in 4.2", NOW);
    assertEquals(IdeaStatus.SHIPPED, idea.getStatus());
    assertEquals(NOW, idea.getStatusChangedAt());
  }

  @Test
  void decliningNeedsAReasonForTheCustomers() {
    Idea idea = idea(1);
    InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> idea.changeStatus(STAFF, IdeaStatus.DECLINED, "  ", NOW));
    assertEquals("response", noReason.field());
    assertEquals(IdeaStatus.NEW, idea.getStatus());
    idea.changeStatus(STAFF, IdeaStatus.DECLINED, "Out of scope for this product", NOW);
    assertEquals(IdeaStatus.DECLINED, idea.getStatus());
    assertFalse(idea.getStatus().isOpen());
  }

  @Test
  void votesCountWithTheirTierWeightAndUnvotingTakesBackExactlyTheSame() {
    Idea idea = idea(1);
    idea.addVote(1, NOW);
    idea.addVote(5, NOW.plus(Duration.ofHours(1)));
    assertEquals(2, idea.getVoteCount());
    assertEquals(6, idea.getWeightedVotes());
    idea.removeVote(5, NOW.plus(Duration.ofHours(1)));
    assertEquals(1, idea.getVoteCount());
    assertEquals(1, idea.getWeightedVotes());
    assertEquals(Trending.weightOf(NOW), idea.getTrending(), Trending.weightOf(NOW) * 1e-9);
  }

  @Test
  void theRiceScoreFollowsTheWeightedVotesOnceImpactAndEffortAreEstimated() {
    Idea idea = idea(1);
    idea.addVote(3, NOW);
    idea.addVote(5, NOW);
    assertNull(idea.getScore());
    idea.prioritise(new Priority(new BigDecimal("2"), 50, new BigDecimal("4")));
    assertEquals(8 * 2 * 0.5 / 4, idea.getScore(), 1e-9);
    idea.addVote(2, NOW);
    assertEquals(10 * 2 * 0.5 / 4, idea.getScore(), 1e-9);
  }

  @Test
  void aMergedIdeaLeadsToItsTargetAndTakesNoMoreChanges() {
    Idea duplicate = idea(1);
    Idea target = idea(2);
    duplicate.addVote(1, NOW);
    duplicate.addFollower();
    IdeaHistoryEntry entry = duplicate.mergeInto(target, STAFF, NOW);
    assertEquals(IdeaStatus.MERGED, duplicate.getStatus());
    assertEquals(2L, duplicate.getMergedIntoId());
    assertFalse(duplicate.isListed(), "a merged idea leaves the board");
    assertEquals(2L, entry.getOtherIdeaId());
    assertEquals(0, duplicate.getVoteCount());
    assertEquals(0, duplicate.getFollowerCount());
    assertThrows(ConflictException.class, () -> duplicate.changeStatus(STAFF, IdeaStatus.PLANNED, null, NOW));
    assertThrows(ConflictException.class, () -> duplicate.mergeInto(target, STAFF, NOW));

    Idea third = idea(3);
    ConflictException chained = assertThrows(ConflictException.class, () -> third.mergeInto(duplicate, STAFF, NOW));
    assertTrue(chained.getMessage().contains("#2"), chained.getMessage());
    assertThrows(InvalidInputException.class, () -> target.mergeInto(target, STAFF, NOW));
  }

  @Test
  void undoingAMergeRestoresTheStatusItHad() {
    Idea duplicate = idea(1);
    duplicate.changeStatus(STAFF, IdeaStatus.UNDER_REVIEW, null, NOW);
    duplicate.mergeInto(idea(2), STAFF, NOW);
    IdeaHistoryEntry undone = duplicate.unmerge(STAFF, IdeaStatus.UNDER_REVIEW, NOW);
    assertEquals(IdeaStatus.UNDER_REVIEW, duplicate.getStatus());
    assertNull(duplicate.getMergedIntoId());
    assertTrue(duplicate.isListed());
    assertEquals(IdeaHistoryEntry.Kind.UNMERGED, undone.getKind());
    assertThrows(ConflictException.class, () -> duplicate.unmerge(STAFF, IdeaStatus.NEW, NOW));
  }

  @Test
  void hiddenIdeasAreSeenByStaffOnlyAndNeedAReason() {
    Idea idea = idea(1);
    assertThrows(InvalidInputException.class, () -> idea.hide(""));
    assertTrue(idea.isListed());
    idea.hide("spam");
    assertFalse(idea.isListed());
    assertFalse(idea.isVisibleTo(false));
    assertTrue(idea.isVisibleTo(true));
    idea.unhide();
    assertTrue(idea.isVisibleTo(false));
    assertTrue(idea.isListed());
  }
}
