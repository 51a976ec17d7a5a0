package org.example.portal.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.example.portal.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PriorityTest {

  @Test
  void scoreIsReachTimesImpactTimesConfidenceOverEffort() {
    assertEquals(30 * 3 * 0.8 / 2, new Priority(new BigDecimal("3"), 80, new BigDecimal("2")).score(30), 1e-9);
  }

  @Test
  void confidenceDefaultsToCertainAndNoScoreWithoutImpactOrEffort() {
    assertEquals(10 * 0.5 / 0.5, new Priority(new BigDecimal("0.5"), null, new BigDecimal("0.5")).score(10), 1e-9);
    assertNull(new Priority(null, 100, BigDecimal.ONE).score(10));
    assertNull(Priority.NONE.score(10));
  }

  @Test
  void valuesOutsideTheScaleAreRefusedWithWhatIsAllowed() {
    InvalidInputException impact = assertThrows(InvalidInputException.class, () -> new Priority(new BigDecimal("4"), null, null));
    assertEquals("impact", impact.field());
    assertThrows(InvalidInputException.class, () -> new Priority(null, 0, null));
    assertThrows(InvalidInputException.class, () -> new Priority(null, 101, null));
    assertThrows(InvalidInputException.class, () -> new Priority(null, null, BigDecimal.ZERO));
  }
}
