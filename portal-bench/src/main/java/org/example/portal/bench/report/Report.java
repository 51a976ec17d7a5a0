package org.example.portal.bench.report;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of one benchmark run: what ran, with which settings, and one row of named numbers per measured
 * thing (a scenario, a table, a JMH method). Written as {@code target/bench/<benchmark>-<timestamp>.json}, so
 * that {@link Comparison} can line up two runs row by row.
 */
public record Report(String benchmark, Instant at, Map<String, String> settings, List<Row> rows) {

  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /** One measured thing and its figures, in the order they are shown; metric names carry their unit. */
  public record Row(String name, Map<String, Double> metrics) {}

  public Report {
    settings = Map.copyOf(settings);
    rows = List.copyOf(rows);
  }

  /** Writes the report into the folder as {@code <benchmark>-<timestamp>.json} and returns the file. */
  public Path writeTo(Path folder) {
    Path file = folder.resolve(benchmark.replaceAll("[^A-Za-z0-9._-]", "-") + "-" + FILE_TIME.format(at) + ".json");
    try {
      Files.createDirectories(folder);
      JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
      try (Writer out = Files.newBufferedWriter(file);
          JsonWriter writer = factory.createWriter(out)) {
        writer.writeObject(toJson());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    return file;
  }

  JsonObject toJson() {
    JsonObjectBuilder settingsJson = Json.createObjectBuilder();
    settings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> settingsJson.add(e.getKey(), e.getValue()));
    var rowsJson = Json.createArrayBuilder();
    for (Row row : rows) {
      JsonObjectBuilder metrics = Json.createObjectBuilder();
      row.metrics().forEach(metrics::add);
      rowsJson.add(Json.createObjectBuilder().add("name", row.name()).add("metrics", metrics));
    }
    return Json.createObjectBuilder()
        .add("benchmark", benchmark)
        .add("at", at.toString())
        .add("settings", settingsJson)
        .add("rows", rowsJson)
        .build();
  }

  public static Report read(Path file) {
    try (Reader in = Files.newBufferedReader(file);
        JsonReader reader = Json.createReader(in)) {
      JsonObject json = reader.readObject();
      Map<String, String> settings = new LinkedHashMap<>();
      json.getJsonObject("settings").forEach((k, v) -> settings.put(k, text(v)));
      List<Row> rows = new ArrayList<>();
      for (JsonValue value : json.getJsonArray("rows")) {
        JsonObject row = value.asJsonObject();
        Map<String, Double> metrics = new LinkedHashMap<>();
        row.getJsonObject("metrics").forEach((k, v) -> metrics.put(k, ((JsonNumber) v).doubleValue()));
        rows.add(new Row(row.getString("name"), metrics));
      }
      return new Report(json.getString("benchmark"), Instant.parse(json.getString("at")), settings, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static String text(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString() : value.toString();
  }

  /** The rows as a table, one column per metric that any row has. */
  public void print(PrintStream out) {
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(r -> columns.addAll(r.metrics().keySet()));
    int nameWidth = Math.max(12, rows.stream().mapToInt(r -> r.name().length()).max().orElse(0));
    StringBuilder header = new StringBuilder(String.format("%-" + nameWidth + "s", benchmark));
    columns.forEach(c -> header.append(String.format("  %" + Math.max(10, c.length()) + "s", c)));
    out.println(header);
    for (Row row : rows) {
      StringBuilder line = new StringBuilder(String.format("%-" + nameWidth + "s", row.name()));
      for (String c : columns) {
        Double v = row.metrics().get(c);
        line.append(String.format("  %" + Math.max(10, c.length()) + "s", v == null ? "" : format(v)));
      }
      out.println(line);
    }
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format("%,d", (long) v);
    }
    return Math.abs(v) >= 100 ? String.format("%,.1f", v) : String.format("%.3f", v);
  }
}
