package org.example.portal.core.account.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final LoginThrottle throttle = new LoginThrottle();
  private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

  private void fail(int times, Instant at) {
    for (int i = 0; i < times; i++) {
      throttle.failed("dana@example.com", at);
    }
  }

  @Test
  void anAddressIsLockedAfterTooManyWrongPasswords() {
    fail(LoginThrottle.MAX_FAILURES - 1, now);
    assertFalse(throttle.isLocked("dana@example.com", now));
    fail(1, now);
    assertTrue(throttle.isLocked("dana@example.com", now));
    assertFalse(throttle.isLocked("sam@example.com", now));
  }

  @Test
  void theLockEndsWhenTheWindowHasPassed() {
    fail(LoginThrottle.MAX_FAILURES, now);
    assertFalse(throttle.isLocked("dana@example.com", now.plus(LoginThrottle.WINDOW)));
  }

  @Test
  void failuresOutsideTheWindowStartANewCount() {
    fail(LoginThrottle.MAX_FAILURES - 1, now);
    Instant later = now.plus(LoginThrottle.WINDOW).plusSeconds(1);
    fail(1, later);
    assertFalse(throttle.isLocked("dana@example.com", later));
  }

  @Test
  void aSuccessfulSignInForgivesEarlierMistakes() {
    fail(LoginThrottle.MAX_FAILURES - 1, now);
    throttle.succeeded("dana@example.com");
    fail(1, now);
    assertFalse(throttle.isLocked("dana@example.com", now));
  }
}
