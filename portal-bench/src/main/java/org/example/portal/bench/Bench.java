package org.example.portal.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.example.portal.bench.data.BenchAccounts;
import org.example.portal.bench.data.CampaignFixture;
import org.example.portal.bench.data.Generator;
import org.example.portal.bench.data.Scale;
import org.example.portal.bench.jmh.JmhRunner;
import org.example.portal.bench.load.CampaignCloseBenchmark;
import org.example.portal.bench.load.LoadDriver;
import org.example.portal.bench.load.Scenario;
import org.example.portal.bench.report.Comparison;
import org.example.portal.bench.report.Machine;
import org.example.portal.bench.report.Report;
import org.example.portal.bench.search.KnowledgeBaseSearchBenchmark;

/**
 * The benchmark command line, started by {@code scripts/bench.sh} (which starts a portal when one is needed):
 *
 * <pre>
 * data    --db-url URL [--db-user U] [--db-password P] [--customers N] [--staff N] [--seed S] [--cache DIR]
 *         [--if-empty]   (keep a database that already has generated data instead of failing)
 * startup [target/measure/startup.json]   (turns scripts/measure-startup.sh's figures into a report)
 * load    SCENARIO|all --url http://127.0.0.1:PORT [--connections N] [--warmup SECONDS] [--duration SECONDS]
 *         [--admin-email E] [--admin-password P]
 * jmh     [--include REGEX] [--smoke]
 * campaign-close --url http://127.0.0.1:PORT --db-url URL [--db-user U] [--db-password P] [--bids N]
 *         [--on product|idea] [--admin-email E] [--admin-password P]
 * kb-search [--articles N] [--db-url URL|none] [--db-user U] [--db-password P]
 * compare BEFORE.json AFTER.json
 * list
 * </pre>
 *
 * Every command but compare and list prints a table and writes a JSON report into {@code --out} (default
 * {@code target/bench}).
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage("no command");
    }
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--smoke") || args[i].equals("--if-empty")) {
        options.put(args[i].substring(2), "true");
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        options.put(args[i].substring(2), args[++i]);
      } else {
        positional.add(args[i]);
      }
    }
    Path out = Path.of(options.getOrDefault("out", "target/bench"));
    switch (args[0]) {
      case "data" -> {
        Report report = data(options);
        if (report != null) {
          finish(report, out);
        }
      }
      case "startup" -> finish(startup(Path.of(positional.isEmpty() ? "target/measure/startup.json" : positional.get(0))), out);
      case "load" -> finish(load(positional, options, out), out);
      case "campaign-close" -> finish(campaignClose(options), out);
      case "jmh" -> finish(
          JmhRunner.run(options.getOrDefault("include", "Benchmark"),
              options.containsKey("smoke") ? JmhRunner.Length.SMOKE : JmhRunner.Length.FULL, out), out);
      case "kb-search" -> finish(KnowledgeBaseSearchBenchmark.run(options, System.out::println), out);
      case "compare" -> {
        if (positional.size() != 2) {
          usage("compare needs two result files");
        }
        Comparison.print(Report.read(Path.of(positional.get(0))), Report.read(Path.of(positional.get(1))), System.out);
      }
      case "list" -> Arrays.stream(Scenario.values()).forEach(s -> System.out.printf("%-16s %s%n", s.id(), s.description()));
      default -> usage("unknown command " + args[0]);
    }
  }

  private static Report data(Map<String, String> options) throws Exception {
    String url = required(options, "db-url");
    int customers = Integer.parseInt(options.getOrDefault("customers", "10000"));
    long seed = Long.parseLong(options.getOrDefault("seed", "1"));
    Scale scale = options.containsKey("staff")
        ? new Scale(customers, Integer.parseInt(options.get("staff")), seed)
        : Scale.ofCustomers(customers, seed);
    Path cache = Path.of(options.getOrDefault("cache", System.getProperty("user.home") + "/.cache/portal-bench"));
    Map<String, String> machine = Machine.describe();
    System.out.printf("Generating %,d customers and %,d staff (seed %d) into %s%n", scale.customers(), scale.staff(), seed, url);
    Generator.Result result;
    try {
      result = Generator.generate(url, options.getOrDefault("db-user", "postgres"), options.getOrDefault("db-password", ""), scale,
          cache, System.out::println);
    } catch (Generator.AlreadyPopulatedException e) {
      if (!options.containsKey("if-empty")) {
        throw e;
      }
      System.out.println("Keeping the data already there: " + e.getMessage());
      return null;
    }
    List<Report.Row> rows = new ArrayList<>();
    result.rowsByTable().forEach((table, count) -> rows.add(new Report.Row(table, Map.of("rows", (double) count))));
    rows.add(new Report.Row("total", metrics("rows", result.totalRows(), "seconds", round(result.seconds()),
        "rows/s", Math.round(result.totalRows() / result.seconds()))));
    Map<String, String> settings = new LinkedHashMap<>(machine);
    settings.put("database", url.replaceAll("password=[^&;]*", "password=***"));
    settings.put("customers", String.valueOf(scale.customers()));
    settings.put("staff", String.valueOf(scale.staff()));
    settings.put("seed", String.valueOf(seed));
    System.out.printf("Generated accounts sign in with password %s, e.g. %s or %s%n", BenchAccounts.PASSWORD,
        BenchAccounts.ADMIN_EMAIL, BenchAccounts.customerEmail(1));
    return new Report("data", Instant.now(), settings, rows);
  }

  /** The figures scripts/measure-startup.sh wrote, as a report like the others. */
  private static Report startup(Path file) {
    JsonObject json;
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
      json = reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    List<Report.Row> rows = List.of(
        new Report.Row("cold start (start + deploy, empty DB)",
            metrics("ms", json.getJsonNumber("coldStartMillis").longValue(), "RSS MB", json.getJsonNumber("coldRssMb").longValue())),
        new Report.Row("warm start (already deployed)",
            metrics("ms", json.getJsonNumber("warmStartMillis").longValue(), "RSS MB", json.getJsonNumber("warmRssMb").longValue())));
    Map<String, String> settings = new LinkedHashMap<>(Machine.describe());
    // measure-startup.sh does not record how busy the machine was; this is the figure just after it ran.
    settings.put("loadAverageAfterRun", settings.remove("loadAverage"));
    settings.put("java", json.getString("java"));
    return new Report("startup", Instant.now(), settings, rows);
  }

  private static Report load(List<String> positional, Map<String, String> options, Path out) {
    if (positional.size() != 1) {
      usage("load needs one scenario, or all");
    }
    List<Scenario> scenarios =
        positional.get(0).equals("all") ? List.of(Scenario.values()) : List.of(Scenario.byId(positional.get(0)));
    LoadDriver.Settings settings =
        new LoadDriver.Settings(
            URI.create(required(options, "url")),
            Integer.parseInt(options.getOrDefault("connections", "8")),
            Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "5"))),
            Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "20"))),
            options.getOrDefault("admin-email", BenchAccounts.ADMIN_EMAIL),
            options.getOrDefault("admin-password", BenchAccounts.PASSWORD),
            options.getOrDefault("wrk", "wrk"),
            out);
    return LoadDriver.run(scenarios, settings, System.out::println);
  }

  private static Report campaignClose(Map<String, String> options) throws Exception {
    return CampaignCloseBenchmark.run(
        new CampaignCloseBenchmark.Settings(
            URI.create(required(options, "url")),
            required(options, "db-url"),
            options.getOrDefault("db-user", "postgres"),
            options.getOrDefault("db-password", ""),
            Integer.parseInt(options.getOrDefault("bids", "10000")),
            CampaignFixture.Subject.valueOf(options.getOrDefault("on", "product").toUpperCase(Locale.ROOT)),
            options.getOrDefault("admin-email", BenchAccounts.ADMIN_EMAIL),
            options.getOrDefault("admin-password", BenchAccounts.PASSWORD)),
        System.out::println);
  }

  private static void finish(Report report, Path out) {
    System.out.println();
    report.print(System.out);
    System.out.println("Written to " + report.writeTo(out));
  }

  private static Map<String, Double> metrics(Object... pairs) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      metrics.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return metrics;
  }

  private static double round(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      usage("--" + name + " is required");
    }
    return value;
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("usage: ./portal bench data|load|campaign-close|kb-search|jmh|startup|compare|list ... (see the README, Benchmarks)");
    System.exit(2);
  }
}
