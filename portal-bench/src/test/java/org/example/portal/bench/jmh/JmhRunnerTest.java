package org.example.portal.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.example.portal.bench.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Benchmark;

/** A smoke run of every JMH benchmark (one short iteration, no fork), so none of them rots unnoticed. */
class JmhRunnerTest {

  /** Every benchmark class; a new one goes here too, so the test says which benchmark went missing. */
  private static final List<Class<?>> BENCHMARKS =
      List.of(
          AccessRuleBenchmark.class, TranslationBenchmark.class, ProblemMappingBenchmark.class, PasswordHashBenchmark.class,
          DemandCurveBenchmark.class, IdeaSimilarityBenchmark.class, TriageRoutingBenchmark.class);

  @TempDir Path out;

  @Test
  void everyBenchmarkRunsAndItsScoreIsWritten() {
    Report report = JmhRunner.run("Benchmark", JmhRunner.Length.SMOKE, out);

    Set<String> expected = new TreeSet<>();
    for (Class<?> type : BENCHMARKS) {
      Arrays.stream(type.getMethods())
          .filter(m -> m.isAnnotationPresent(Benchmark.class))
          .map(Method::getName)
          .forEach(m -> expected.add(type.getSimpleName() + "." + m));
    }
    assertEquals(expected, report.rows().stream().map(Report.Row::name).collect(Collectors.toCollection(TreeSet::new)));
    for (Report.Row row : report.rows()) {
      double score = row.metrics().entrySet().stream().filter(e -> e.getKey().startsWith("score")).findFirst().orElseThrow().getValue();
      assertTrue(score > 0, row.toString());
    }

    Path written = report.writeTo(out);
    assertEquals(report.rows(), Report.read(written).rows());
    assertTrue(Files.isRegularFile(out.resolve("jmh-raw.json")));
  }
}
