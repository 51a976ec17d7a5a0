package org.example.portal.prototypes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.example.portal.core.error.InvalidInputException;

/** One question of a program's feedback form. Its position (1, 2, ...) names it in answers and errors. */
@Embeddable
public class Question {

  public static final int TEXT_MAX_LENGTH = 500;
  public static final int CHOICE_MAX_LENGTH = 120;
  public static final int MAX_CHOICES = 12;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = TEXT_MAX_LENGTH)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private QuestionKind kind;

  @Column(nullable = false)
  private boolean required;

  /** One per line; only for choice questions. */
  @Column(length = 2000)
  private String choices;

  protected Question() {}

  public Question(int position, String text, QuestionKind kind, boolean required, List<String> choices) {
    List<String> cleaned = choices == null ? List.of() : choices.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("questions", "Question " + position + " needs a text.");
    }
    if (kind.hasChoices() && cleaned.size() < 2) {
      throw new InvalidInputException("questions", "Question " + position + " (" + text.strip() + ") needs at least two choices.");
    }
    if (cleaned.size() > MAX_CHOICES || cleaned.stream().anyMatch(c -> c.length() > CHOICE_MAX_LENGTH || c.contains("\n"))) {
      throw new InvalidInputException("questions", "Question " + position + " has too many or too long choices.");
    }
    if (new HashSet<>(cleaned).size() != cleaned.size()) {
      throw new InvalidInputException("questions", "Question " + position + " lists a choice twice.");
    }
    this.position = position;
    this.text = text.strip();
    this.kind = kind;
    this.required = required;
    this.choices = kind.hasChoices() ? String.join("\n", cleaned) : null;
  }

  public int getPosition() {
    return position;
  }

  public String getText() {
    return text;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public boolean isRequired() {
    return required;
  }

  public List<String> choiceList() {
    return choices == null || choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\n"));
  }

  /** "Question 2 (How easy was set-up?)": how errors and the results name a question. */
  public String label() {
    return "question " + position + " (" + text + ")";
  }

  /**
   * What is wrong with an answer to this question, if anything. A missing answer is wrong only for a
   * required question, and only when the response is being submitted rather than saved as a draft.
   */
  public Optional<String> problemWith(Answer answer, boolean submitting) {
    if (answer == null || answer.isEmpty()) {
      return required && submitting ? Optional.of("Answer " + label() + ": it is required.") : Optional.empty();
    }
    return switch (kind) {
      case RATING ->
          answer.getRating() == null || answer.getRating() < 1 || answer.getRating() > 5
              ? Optional.of("Rate " + label() + " from 1 to 5.")
              : onlyThe(answer, true, false, false);
      case SINGLE_CHOICE ->
          answer.choiceList().size() != 1 || !choiceList().contains(answer.choiceList().get(0))
              ? Optional.of("Choose one of the given answers to " + label() + ".")
              : onlyThe(answer, false, true, false);
      case MULTIPLE_CHOICE ->
          !choiceList().containsAll(answer.choiceList()) || new HashSet<>(answer.choiceList()).size() != answer.choiceList().size()
              ? Optional.of("Choose only the given answers to " + label() + ", each once.")
              : onlyThe(answer, false, true, false);
      case TEXT ->
          answer.getText() == null || answer.getText().length() > Answer.TEXT_MAX_LENGTH
              ? Optional.of("Keep the answer to " + label() + " within " + Answer.TEXT_MAX_LENGTH + " characters.")
              : onlyThe(answer, false, false, true);
    };
  }

  private Optional<String> onlyThe(Answer answer, boolean rating, boolean choice, boolean text) {
    boolean stray = (!rating && answer.getRating() != null) || (!choice && !answer.choiceList().isEmpty()) || (!text && answer.getText() != null);
    return stray ? Optional.of("Answer " + label() + " as a " + kind.name().toLowerCase().replace('_', ' ') + " question.") : Optional.empty();
  }
}
