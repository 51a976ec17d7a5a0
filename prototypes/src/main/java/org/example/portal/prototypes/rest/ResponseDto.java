package org.example.portal.prototypes.rest;

import java.time.Instant;
import java.util.List;
import org.example.portal.prototypes.application.AnswersForm.AnswerForm;
import org.example.portal.prototypes.domain.FeedbackResponse;

/** One feedback round's answers: a draft ({@code submitted} false) or sent. */
public record ResponseDto(Long id, long requestId, int round, boolean submitted, Instant savedAt, Instant submittedAt, List<AnswerForm> answers) {

  static ResponseDto of(FeedbackResponse f) {
    return new ResponseDto(
        f.getId(), f.getRequestId(), f.getRound(), f.isSubmitted(), f.getSavedAt(), f.getSubmittedAt(),
        f.getAnswers().stream().map(a -> new AnswerForm(a.getPosition(), a.getRating(), a.choiceList().isEmpty() ? null : a.choiceList(), a.getText())).toList());
  }
}
