package org.example.portal.bench.report;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Two runs of the same benchmark side by side: each row's metrics before, after and the change in per cent. */
public final class Comparison {

  private Comparison() {}

  public static void print(Report before, Report after, PrintStream out) {
    if (!before.benchmark().equals(after.benchmark())) {
      out.printf("Note: comparing %s with %s%n", before.benchmark(), after.benchmark());
    }
    // Figures taken with other settings (connections, duration, a busier machine) compare with care.
    after.settings().forEach((key, value) -> {
      String was = before.settings().get(key);
      if (was != null && !was.equals(value)) {
        out.printf("Setting %s differs: %s -> %s%n", key, was, value);
      }
    });
    out.printf("%-40s %14s %14s %9s%n", before.benchmark() + " (" + before.at() + " -> " + after.at() + ")", "before", "after", "change");
    Map<String, Report.Row> earlier = before.rows().stream().collect(Collectors.toMap(Report.Row::name, Function.identity(), (a, b) -> a));
    for (Report.Row row : after.rows()) {
      Report.Row old = earlier.get(row.name());
      for (Map.Entry<String, Double> metric : row.metrics().entrySet()) {
        Double was = old == null ? null : old.metrics().get(metric.getKey());
        String change = was == null || was == 0 ? "" : String.format("%+.1f%%", (metric.getValue() - was) * 100 / was);
        out.printf(
            "%-40s %14s %14s %9s%n",
            row.name() + " " + metric.getKey(),
            was == null ? "-" : Report.format(was),
            Report.format(metric.getValue()),
            change);
      }
    }
  }
}
