package org.example.portal.prototypes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackDebtTest {

  @Test
  void theExplanationNamesEachOverdueRoundAndWhereItBelongs() {
    FeedbackDebt debt =
        new FeedbackDebt(
            List.of(
                new FeedbackDebt.Item(7, 1, "Trail shoe v2", 1, Instant.parse("2026-11-20T10:00:00Z")),
                new FeedbackDebt.Item(9, 2, "Rain jacket", 2, Instant.parse("2026-11-25T10:00:00Z"))));

    String text = debt.explanation();

    assertTrue(text.contains("round 1 of your feedback on Trail shoe v2 (request 7), due 2026-11-20"), text);
    assertTrue(text.contains("round 2 of your feedback on Rain jacket (request 9), due 2026-11-25"), text);
    assertEquals(new FeedbackDebtException(debt).getMessage(), text);
  }

  @Test
  void noDebtIsEmpty() {
    assertTrue(FeedbackDebt.none().isEmpty());
  }
}
