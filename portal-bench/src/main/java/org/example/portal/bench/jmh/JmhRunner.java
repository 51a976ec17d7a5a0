package org.example.portal.bench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.example.portal.bench.report.Machine;
import org.example.portal.bench.report.Report;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of this package whose names match a pattern. A full run forks a JVM per benchmark
 * with warm-up; a smoke run stays in this JVM with one short iteration, which proves only that every benchmark
 * still runs.
 */
public final class JmhRunner {

  /** How long to measure. */
  public enum Length {
    FULL,
    SMOKE
  }

  private JmhRunner() {}

  /** Runs the benchmarks, keeps JMH's own JSON beside the report as {@code jmh-raw.json}, returns the report. */
  public static Report run(String include, Length length, Path folder) {
    Map<String, String> settings = new LinkedHashMap<>(Machine.describe());
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(JmhRunner.class.getPackageName() + "\\..*(" + include + ").*")
            .resultFormat(ResultFormatType.JSON)
            .result(folder.resolve("jmh-raw.json").toString())
            .shouldFailOnError(true);
    if (length == Length.SMOKE) {
      options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200));
    } else {
      options.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(2)).measurementIterations(3)
          .measurementTime(TimeValue.seconds(2));
    }
    Collection<RunResult> results;
    try {
      results = new Runner(options.build()).run();
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed", e);
    }
    List<Report.Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      var primary = result.getPrimaryResult();
      String benchmark = result.getParams().getBenchmark();
      String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.put("score " + primary.getScoreUnit(), primary.getScore());
      metrics.put("error " + primary.getScoreUnit(), Double.isNaN(primary.getScoreError()) ? 0 : primary.getScoreError());
      rows.add(new Report.Row(name, metrics));
    }
    settings.put("include", include);
    settings.put("length", length.name());
    return new Report("jmh", Instant.now(), settings, rows);
  }
}
