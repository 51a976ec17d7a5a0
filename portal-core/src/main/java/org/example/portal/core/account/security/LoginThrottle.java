package org.example.portal.core.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} wrong passwords for one e-mail address within
 * {@link #WINDOW}, that address cannot sign in with a password until the window has passed. Tokens are not
 * affected (they are 256 random bits). Kept in memory per server: a restart forgives, which is acceptable
 * for a brake, not a ban.
 */
@ApplicationScoped
public class LoginThrottle {

  public static final int MAX_FAILURES = 10;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  /** Beyond this many tracked addresses, expired entries are dropped so an attack cannot fill memory. */
  private static final int CLEANUP_THRESHOLD = 10_000;

  private record Failures(int count, Instant since) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public boolean isLocked(String email, Instant now) {
    Failures f = failures.get(email);
    return f != null && f.count() >= MAX_FAILURES && now.isBefore(f.since().plus(WINDOW));
  }

  public void failed(String email, Instant now) {
    if (failures.size() > CLEANUP_THRESHOLD) {
      failures.values().removeIf(f -> !now.isBefore(f.since().plus(WINDOW)));
    }
    failures.merge(
        email,
        new Failures(1, now),
        (old, one) -> now.isBefore(old.since().plus(WINDOW)) ? new Failures(old.count() + 1, old.since()) : one);
  }

  public void succeeded(String email) {
    failures.remove(email);
  }
}
