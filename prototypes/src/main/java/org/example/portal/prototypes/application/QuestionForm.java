package org.example.portal.prototypes.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.example.portal.prototypes.domain.Question;
import org.example.portal.prototypes.domain.QuestionKind;

/** One question of the feedback form; {@code choices} only for choice questions. */
public record QuestionForm(
    @NotBlank(message = "{samples.question.text.required}") @Size(max = Question.TEXT_MAX_LENGTH, message = "{samples.question.text.tooLong}") String text,
    @NotNull(message = "{samples.question.kind.required}") QuestionKind kind,
    boolean required,
    @Size(max = Question.MAX_CHOICES, message = "{samples.question.choices.tooMany}") List<@NotNull @Size(max = Question.CHOICE_MAX_LENGTH) String> choices) {

  Question toQuestion(int position) {
    return new Question(position, text, kind, required, choices);
  }
}
