package org.example.portal.prototypes.domain;

import static org.example.portal.prototypes.domain.Programs.NOW;
import static org.example.portal.prototypes.domain.Programs.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class FeedbackResponseTest {

  private final SampleProgram program = program(null);

  private FeedbackResponse response() {
    SampleRequest request = new SampleRequest(program, 100L, Tier.GOLD, 1, null, NOW);
    Programs.setId(request, 9L);
    request.approve(null, NOW);
    request.ship(1L, "DHL", "1", NOW, NOW);
    request.deliver(program, 1L, NOW, NOW);
    return new FeedbackResponse(request, NOW);
  }

  @Test
  void aDraftMayLeaveRequiredQuestionsOpen() {
    FeedbackResponse response = response();

    response.saveDraft(program, List.of(Answer.text(4, "Laces are short")), NOW);

    assertFalse(response.isSubmitted());
    assertEquals("Laces are short", response.answer(4).orElseThrow().getText());
  }

  @Test
  void submittingNamesEveryMissingRequiredQuestion() {
    FeedbackResponse response = response();

    InvalidInputException e = assertThrows(InvalidInputException.class, () -> response.submit(program, List.of(Answer.text(4, "Nice")), "en", NOW));

    assertEquals("answers", e.field());
    assertTrue(e.getMessage().contains("question 1 (How comfortable is it?)"), e.getMessage());
    assertTrue(e.getMessage().contains("question 3 (Would you buy it?)"), e.getMessage());
    assertFalse(e.getMessage().contains("question 2"), e.getMessage());
    assertFalse(response.isSubmitted());
  }

  @Test
  void answersMustFitTheirQuestions() {
    FeedbackResponse response = response();
    List<List<Answer>> wrong =
        List.of(
            List.of(Answer.rating(1, 6)),
            List.of(Answer.rating(1, 0)),
            List.of(Answer.choices(3, "Maybe")),
            List.of(Answer.choices(3, "Yes", "No")),
            List.of(Answer.choices(2, "Road", "Moon")),
            List.of(Answer.text(1, "great")),
            List.of(Answer.text(9, "no such question")),
            List.of(Answer.rating(1, 4), Answer.rating(1, 5)));
    for (List<Answer> answers : wrong) {
      assertThrows(InvalidInputException.class, () -> response.saveDraft(program, answers, NOW), answers::toString);
    }
  }

  @Test
  void aSubmittedResponseIsFinal() {
    FeedbackResponse response = response();
    List<Answer> answers = List.of(Answer.rating(1, 4), Answer.choices(2, "Road", "Trail"), Answer.choices(3, "Yes"));

    response.submit(program, answers, "en", NOW);

    assertTrue(response.isSubmitted());
    assertEquals(List.of("Road", "Trail"), response.answer(2).orElseThrow().choiceList());
    assertThrows(ConflictException.class, () -> response.saveDraft(program, answers, NOW));
  }
}
