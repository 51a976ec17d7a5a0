package org.example.portal.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  @TempDir Path folder;

  private static Report run(Instant at, double requestsPerSecond) {
    return run(at, requestsPerSecond, "8");
  }

  private static Report run(Instant at, double requestsPerSecond, String connections) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("req/s", requestsPerSecond);
    metrics.put("p99 ms", 12.5);
    return new Report("load-health", at, Map.of("connections", connections), List.of(new Report.Row("health", metrics)));
  }

  @Test
  void aWrittenReportReadsBackTheSame() {
    Report report = run(Instant.parse("2026-11-25T10:00:00Z"), 1234.5);

    Path file = report.writeTo(folder);

    assertEquals("load-health-20261125-100000.json", file.getFileName().toString());
    assertEquals(report, Report.read(file));
  }

  @Test
  void aComparisonShowsTheChangeOfEachMetricAndTheSettingsThatDiffer() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Comparison.print(
        run(Instant.parse("2026-11-25T10:00:00Z"), 1000),
        run(Instant.parse("2026-11-25T11:00:00Z"), 1250, "16"),
        new PrintStream(out, true, StandardCharsets.UTF_8));

    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("health req/s") && table.contains("+25.0%"), table);
    assertTrue(table.contains("health p99 ms") && table.contains("+0.0%"), table);
    assertTrue(table.contains("Setting connections differs: 8 -> 16"), table);
  }
}
