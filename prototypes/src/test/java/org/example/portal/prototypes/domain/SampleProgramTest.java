package org.example.portal.prototypes.domain;

import static org.example.portal.prototypes.domain.Programs.NOW;
import static org.example.portal.prototypes.domain.Programs.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class SampleProgramTest {

  @Test
  void withoutRestrictionsEveryCustomerIsEligible() {
    assertEquals(Optional.empty(), program(null).whyNotEligible(Tier.STANDARD, Set.of(), false));
  }

  @Test
  void onlyTheListedTiersAreEligible() {
    SampleProgram program = program(null);
    program.restrictTo(EnumSet.of(Tier.GOLD, Tier.PLATINUM), Set.of(), false);

    assertTrue(program.whyNotEligible(Tier.SILVER, Set.of(), false).orElseThrow().contains("gold, platinum"));
    assertEquals(Optional.empty(), program.whyNotEligible(Tier.GOLD, Set.of(), false));
  }

  @Test
  void customersMustBeActiveInOneOfTheProgramsAreas() {
    SampleProgram program = program(null);
    program.restrictTo(Set.of(), Set.of(7L, 8L), false);

    assertTrue(program.whyNotEligible(Tier.GOLD, Set.of(9L), false).isPresent());
    assertEquals(Optional.empty(), program.whyNotEligible(Tier.GOLD, Set.of(9L, 8L), false));
  }

  @Test
  void anInvitationOnlyProgramNeedsAnInvitationOnTopOfTheOtherRules() {
    SampleProgram program = program(null);
    program.restrictTo(EnumSet.of(Tier.GOLD), Set.of(), true);

    assertTrue(program.whyNotEligible(Tier.GOLD, Set.of(), false).orElseThrow().contains("invitation"));
    assertTrue(program.whyNotEligible(Tier.SILVER, Set.of(), true).isPresent());
    assertEquals(Optional.empty(), program.whyNotEligible(Tier.GOLD, Set.of(), true));
  }

  @Test
  void applicationsAreTakenOnlyWhilePublishedAndInsideTheWindow() {
    SampleProgram program = program(null);
    program.setWindow(NOW, NOW.plus(Duration.ofDays(10)));

    assertTrue(program.acceptsApplicationsAt(NOW));
    assertFalse(program.acceptsApplicationsAt(NOW.minusSeconds(1)));
    assertFalse(program.acceptsApplicationsAt(NOW.plus(Duration.ofDays(10))));
    program.close();
    assertFalse(program.acceptsApplicationsAt(NOW.plusSeconds(1)));
  }

  @Test
  void aProgramNeedsTermsAndARequiredQuestionBeforeItIsPublished() {
    SampleProgram draft = new SampleProgram("Prototype", 1L, 1L, NOW);
    assertThrows(ConflictException.class, draft::publish);
    draft.setTerms("NDA");
    assertThrows(ConflictException.class, draft::publish);
    assertThrows(
        InvalidInputException.class,
        () -> draft.setFeedbackForm(List.of(new Question(1, "Thoughts?", QuestionKind.TEXT, false, null)), 14, null));
    draft.setFeedbackForm(List.of(new Question(1, "Thoughts?", QuestionKind.TEXT, true, null)), 14, null);
    draft.publish();
    assertEquals(ProgramState.OPEN, draft.getState());
  }

  @Test
  void aSecondRoundIsDueAfterTheFirst() {
    SampleProgram program = program(null);
    List<Question> form = program.getQuestions();
    assertThrows(InvalidInputException.class, () -> program.setFeedbackForm(form, 14, 14));
    program.setFeedbackForm(form, 14, 45);
    assertEquals(2, program.rounds());
    assertEquals(NOW.plus(Duration.ofDays(45)), program.dueAt(NOW, 2));
  }

  @Test
  void theQuotaCannotGoBelowTheUnitsAlreadyPromised() {
    SampleProgram program = program(null);
    program.setQuota(10, 0);
    assertThrows(ConflictException.class, () -> program.setQuota(4, 5));
    assertThrows(InvalidInputException.class, () -> program.setQuota(0, 0));
    program.setQuota(5, 5);
    assertEquals(5, program.getUnits());
  }

  @Test
  void choiceQuestionsNeedTwoDistinctChoices() {
    assertThrows(InvalidInputException.class, () -> new Question(1, "Colour?", QuestionKind.SINGLE_CHOICE, true, List.of("Red")));
    assertThrows(InvalidInputException.class, () -> new Question(1, "Colour?", QuestionKind.SINGLE_CHOICE, true, List.of("Red", "Red")));
    assertEquals(List.of("Red", "Blue"), new Question(1, "Colour?", QuestionKind.SINGLE_CHOICE, true, List.of(" Red", "Blue ", "")).choiceList());
  }
}
