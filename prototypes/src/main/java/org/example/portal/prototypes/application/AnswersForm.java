package org.example.portal.prototypes.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.example.portal.prototypes.domain.Answer;
import org.example.portal.prototypes.domain.SampleProgram;

/** A customer's answers to a feedback round, by question position; the form's rules are checked on save. */
public record AnswersForm(@Size(max = SampleProgram.MAX_QUESTIONS, message = "{samples.answers.tooMany}") List<@NotNull @Valid AnswerForm> answers) {

  /** One answer: a rating, choices or text, whichever the question asks for. */
  public record AnswerForm(
      @NotNull(message = "{samples.answer.position.required}") @Min(1) @Max(SampleProgram.MAX_QUESTIONS) Integer position,
      Integer rating,
      @Size(max = 12) List<@NotNull @Size(max = 120) String> choices,
      @Size(max = Answer.TEXT_MAX_LENGTH, message = "{samples.answer.text.tooLong}") String text) {

    Answer toAnswer() {
      return new Answer(position, rating, choices, text);
    }
  }

  public List<Answer> toAnswers() {
    return answers == null ? List.of() : answers.stream().map(AnswerForm::toAnswer).toList();
  }
}
