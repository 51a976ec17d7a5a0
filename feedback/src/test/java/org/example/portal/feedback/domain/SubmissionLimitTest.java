package org.example.portal.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.example.portal.core.error.PortalException;
import org.example.portal.core.error.TooManyRequestsException;
import org.junit.jupiter.api.Test;

class SubmissionLimitTest {

  @Test
  void belowTheLimitNothingHappens() {
    assertDoesNotThrow(() -> new SubmissionLimit(10).check(9, Instant.parse("2026-11-01T10:00:00Z")));
    assertDoesNotThrow(() -> new SubmissionLimit(10).check(0, null));
  }

  @Test
  void atTheLimitTheCustomerIsToldWhenTheyCanSubmitAgain() {
    TooManyRequestsException refused =
        assertThrows(TooManyRequestsException.class, () -> new SubmissionLimit(10).check(10, Instant.parse("2026-11-01T10:17:30Z")));
    assertEquals(PortalException.Kind.TOO_MANY_REQUESTS, refused.kind());
    assertEquals(429, refused.kind().status());
    assertTrue(refused.getMessage().contains("next one at 11:17 UTC"), refused.getMessage());
  }
}
