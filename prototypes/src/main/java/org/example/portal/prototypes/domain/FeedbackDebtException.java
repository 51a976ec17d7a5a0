package org.example.portal.prototypes.domain;

import org.example.portal.core.error.ConflictException;

/** Refused because the customer owes overdue feedback; the message lists exactly what to give. */
public class FeedbackDebtException extends ConflictException {

  private final transient FeedbackDebt debt;

  public FeedbackDebtException(FeedbackDebt debt) {
    super("feedbackDebt", debt.explanation());
    this.debt = debt;
  }

  public FeedbackDebt debt() {
    return debt;
  }
}
