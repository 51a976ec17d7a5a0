package org.example.portal.prototypes.domain;

/** The kinds of question a feedback form can ask. */
public enum QuestionKind {
  /** A rating from 1 (worst) to 5 (best). */
  RATING,
  /** Exactly one of the question's choices. */
  SINGLE_CHOICE,
  /** Any number of the question's choices. */
  MULTIPLE_CHOICE,
  /** Free text. */
  TEXT;

  public boolean hasChoices() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}
