package org.example.portal.prototypes.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.prototypes.domain.ProgramState;
import org.example.portal.prototypes.domain.Question;
import org.example.portal.prototypes.domain.QuestionKind;
import org.example.portal.prototypes.domain.SampleProgram;

/**
 * A sample program on the wire. For customers {@code eligible} and {@code whyNotEligible} say whether they
 * may apply; {@code linkedIdeas} are the linked ideas as the public sees them; {@code unitsTaken} and {@code linkedIdeaIds} are for staff only (null for customers).
 */
public record ProgramDto(
    long id,
    String name,
    String productVersion,
    String description,
    List<String> imageUrls,
    long areaId,
    Long productId,
    ProgramState state,
    int units,
    Integer unitsTaken,
    Set<Tier> eligibleTiers,
    Set<Long> eligibleAreaIds,
    boolean invitationOnly,
    String terms,
    int termsVersion,
    Instant opensAt,
    Instant closesAt,
    int dueDays,
    Integer secondRoundDays,
    Boolean autoApprove,
    List<QuestionDto> questions,
    Set<Long> linkedIdeaIds,
    List<IdeaRef> linkedIdeas,
    Boolean eligible,
    String whyNotEligible,
    Boolean applied) {

  /** One question of the feedback form. */
  public record QuestionDto(int position, String text, QuestionKind kind, boolean required, List<String> choices) {
    static QuestionDto of(Question q) {
      return new QuestionDto(q.getPosition(), q.getText(), q.getKind(), q.isRequired(), q.choiceList());
    }
  }

  static ProgramDto forStaff(SampleProgram p, int unitsTaken, List<IdeaRef> ideas) {
    return of(p, unitsTaken, p.isAutoApprove(), p.getLinkedIdeas(), ideas, null, null, null);
  }

  static ProgramDto forCustomer(SampleProgram p, List<IdeaRef> ideas, String whyNotEligible, boolean applied) {
    return of(p, null, null, null, ideas, whyNotEligible == null, whyNotEligible, applied);
  }

  private static ProgramDto of(
      SampleProgram p, Integer unitsTaken, Boolean autoApprove, Set<Long> ideaIds, List<IdeaRef> ideas, Boolean eligible, String whyNot, Boolean applied) {
    return new ProgramDto(
        p.getId(), p.getName(), p.getProductVersion(), p.getDescription(), p.getImageUrls(), p.getAreaId(), p.getProductId(), p.getState(),
        p.getUnits(), unitsTaken, p.getEligibleTiers(), p.getEligibleAreas(), p.isInvitationOnly(), p.getTerms(), p.getTermsVersion(),
        p.getOpensAt(), p.getClosesAt(), p.getDueDays(), p.getSecondRoundDays(), autoApprove,
        p.getQuestions().stream().map(QuestionDto::of).toList(), ideaIds, ideas, eligible, whyNot, applied);
  }
}
