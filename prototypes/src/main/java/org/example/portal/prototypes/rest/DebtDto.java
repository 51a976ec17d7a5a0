package org.example.portal.prototypes.rest;

import java.util.List;
import org.example.portal.prototypes.domain.FeedbackDebt;

/** The overdue feedback a customer owes: empty when they may apply; otherwise what to give, item by item. */
public record DebtDto(boolean inDebt, String explanation, List<FeedbackDebt.Item> items) {

  static DebtDto of(FeedbackDebt debt) {
    return new DebtDto(!debt.isEmpty(), debt.isEmpty() ? null : debt.explanation(), debt.items());
  }
}
