package org.example.portal.bench.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Rows loaded per table, reported at most every two seconds while a table loads and once when it is done. */
final class Progress {

  private static final long EVERY_NANOS = 2_000_000_000L;

  private final Consumer<String> log;
  private final Map<String, Long> rowsByTable = new LinkedHashMap<>();
  /** Rows of the tables still loading; several load side by side when one references the other. */
  private final Map<String, Long> loading = new LinkedHashMap<>();
  private final long started = System.nanoTime();
  private long lastReport = System.nanoTime();

  Progress(Consumer<String> log) {
    this.log = log;
  }

  void update(String table, long rows, long expected) {
    loading.put(table, rows);
    long now = System.nanoTime();
    if (now - lastReport >= EVERY_NANOS) {
      lastReport = now;
      String share = expected > 0 ? String.format(" of %,d (%d%%)", expected, rows * 100 / expected) : "";
      log.accept(String.format("  %-22s %,12d rows%s, %,d rows loaded in total, %.0f s", table, rows, share,
          total() + loading.values().stream().mapToLong(Long::longValue).sum(), seconds()));
    }
  }

  void finished(String table, long rows) {
    loading.remove(table);
    rowsByTable.merge(table, rows, Long::sum);
    log.accept(String.format("  %-22s %,12d rows done (%,d in total, %.1f s)", table, rows, total(), seconds()));
  }

  Map<String, Long> rowsByTable() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(rowsByTable));
  }

  long total() {
    return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
