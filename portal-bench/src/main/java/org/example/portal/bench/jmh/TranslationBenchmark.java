package org.example.portal.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.example.portal.core.i18n.Translations;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Text lookups, made for every label of every view and every validation message. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TranslationBenchmark {

  private Translations translations;

  @Setup
  public void setUp() {
    translations = Translations.shared();
  }

  @Benchmark
  public String plainLabelInUzbek() {
    return translations.get(Translations.UZBEK, "menu.home");
  }

  /** A pattern with a parameter goes through MessageFormat, which parses the pattern on every call. */
  @Benchmark
  public String messageWithParameterInEnglish() {
    return translations.get(Translations.ENGLISH, "home.greeting", "Claire Gute");
  }

  /** A key no language has falls back twice and returns the marked key. */
  @Benchmark
  public String missingKey() {
    return translations.get(Translations.UZBEK, "no.such.key");
  }
}
