package org.example.portal.bench.data;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The generated accounts people and load scripts sign in with: addresses derived from a number and one
 * shared password. Every account stores the same password hash, computed once, because a PBKDF2 hash costs
 * about 100 ms and a million of them would take a day.
 */
public final class BenchAccounts {

  public static final String DOMAIN = "bench.example";
  public static final String PASSWORD = "bench-password-1";
  public static final String ADMIN_EMAIL = "admin@" + DOMAIN;

  // What the portal's PasswordHasher configures on Jakarta Security's Pbkdf2PasswordHash.
  static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  static final int ITERATIONS = 100_000;
  static final int SALT_BYTES = 32;
  static final int KEY_BYTES = 64;

  private BenchAccounts() {}

  /** e.g. {@code customer-000042@bench.example} for the 42nd customer, counting from 1. */
  public static String customerEmail(int number) {
    return String.format(Locale.ROOT, "customer-%06d@%s", number, DOMAIN);
  }

  public static String staffEmail(int number) {
    return String.format(Locale.ROOT, "staff-%04d@%s", number, DOMAIN);
  }

  /**
   * The hash in the form Jakarta Security's Pbkdf2PasswordHash stores and verifies:
   * {@code algorithm:iterations:base64(salt):base64(key)}. The salt is given, so a seeded run is repeatable.
   */
  public static String hash(String password, byte[] salt) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, KEY_BYTES * 8);
      byte[] key = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
      Base64.Encoder base64 = Base64.getEncoder();
      return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
    }
  }

  /** A salt drawn from the seed: the same seed always stores the same hash. */
  static byte[] salt(long seed) {
    byte[] salt = new byte[SALT_BYTES];
    new Random(seed).nextBytes(salt);
    return salt;
  }
}
