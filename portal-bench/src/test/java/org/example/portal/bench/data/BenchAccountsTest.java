package org.example.portal.bench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.example.portal.bench.jmh.PasswordHashBenchmark;
import org.example.portal.core.account.security.PasswordHasher;
import org.junit.jupiter.api.Test;

class BenchAccountsTest {

  @Test
  void theGeneratedHashIsOneThePortalsPasswordHasherAccepts() throws Exception {
    PasswordHasher portal = PasswordHashBenchmark.passwordHasher();
    String generated = BenchAccounts.hash(BenchAccounts.PASSWORD, BenchAccounts.salt(7));

    assertTrue(portal.verify(BenchAccounts.PASSWORD, generated), generated);
    assertFalse(portal.verify("another-password-1", generated));
  }

  @Test
  void theSameSeedGivesTheSameHash() {
    assertEquals(
        BenchAccounts.hash(BenchAccounts.PASSWORD, BenchAccounts.salt(3)),
        BenchAccounts.hash(BenchAccounts.PASSWORD, BenchAccounts.salt(3)));
  }

  @Test
  void addressesAreNumberedFromOne() {
    assertEquals("customer-000042@bench.example", BenchAccounts.customerEmail(42));
    assertEquals("staff-0007@bench.example", BenchAccounts.staffEmail(7));
  }
}
