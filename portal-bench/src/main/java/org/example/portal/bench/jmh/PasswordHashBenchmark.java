package org.example.portal.bench.jmh;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.example.portal.core.account.security.PasswordHasher;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The portal's password check (PBKDF2 with HMAC-SHA512, 100,000 iterations) with Soteria's hash, the one Payara
 * ships: the cost of every sign-in and of every request that authenticates with HTTP Basic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashBenchmark {

  private PasswordHasher hasher;
  private String stored;

  @Setup
  public void setUp() throws ReflectiveOperationException {
    hasher = passwordHasher();
    stored = hasher.hash("correct-horse-battery-1");
  }

  @Benchmark
  public boolean verifyPassword() {
    return hasher.verify("correct-horse-battery-1", stored);
  }

  /** The hasher as CDI would make it: Soteria's hash injected, then configured by its post-construct method. */
  public static PasswordHasher passwordHasher() throws ReflectiveOperationException {
    PasswordHasher hasher = new PasswordHasher();
    Field hash = PasswordHasher.class.getDeclaredField("hash");
    hash.setAccessible(true);
    hash.set(hasher, (Pbkdf2PasswordHash) new Pbkdf2PasswordHashImpl());
    Method configure = PasswordHasher.class.getDeclaredMethod("configure");
    configure.setAccessible(true);
    configure.invoke(hasher);
    return hasher;
  }
}
