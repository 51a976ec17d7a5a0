package org.example.portal.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.example.portal.bench.report.Machine;
import org.example.portal.bench.report.Report;

/**
 * Runs scenarios one after the other against a portal on this machine with wrk. Before the first, it prepares
 * through the REST API what the scripts need: a customer of its own with a password and an API token, an
 * admin token, and the product area ids.
 */
public final class LoadDriver {

  private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost");
  private static final String CUSTOMER_PASSWORD = "load-password-1";

  /**
   * Where and how hard: the admin signs in once (Basic) to get the token the write scenarios use. Each scenario
   * first runs for {@code warmup} unrecorded, so the figures are of a warm server (JIT, caches, index readers).
   */
  public record Settings(
      URI baseUrl, int connections, Duration warmup, Duration duration, String adminEmail, String adminPassword, String wrk,
      Path workFolder) {}

  private LoadDriver() {}

  public static Report run(List<Scenario> scenarios, Settings settings, Consumer<String> log) {
    URI base = local(settings.baseUrl());
    Map<String, String> machine = Machine.describe();
    PortalClient portal = new PortalClient(base);
    portal.send("GET", "health", null, null, 200);
    Map<String, String> environment = prepare(portal, settings, log);
    if (scenarios.contains(Scenario.TRIAGE_STORY)) {
      environment.put("BENCH_STORY_CUSTOMER_ID", storyCustomer(portal, environment, log));
    }
    Wrk wrk = new Wrk(settings.wrk(), settings.workFolder());
    List<Report.Row> rows = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      log.accept(String.format("Scenario %s: %s, %d connections for %d s after %d s of warm-up", scenario.id(),
          scenario.description(), settings.connections(), settings.duration().toSeconds(), settings.warmup().toSeconds()));
      if (!settings.warmup().isZero()) {
        wrk.run(scenario, base, settings.connections(), settings.warmup(), environment);
      }
      rows.add(row(scenario, wrk.run(scenario, base, settings.connections(), settings.duration(), environment)));
    }
    Map<String, String> reportSettings = new LinkedHashMap<>(machine);
    reportSettings.put("url", base.toString());
    reportSettings.put("connections", String.valueOf(settings.connections()));
    reportSettings.put("warmupSeconds", String.valueOf(settings.warmup().toSeconds()));
    reportSettings.put("durationSeconds", String.valueOf(settings.duration().toSeconds()));
    String name = scenarios.size() == 1 ? "load-" + scenarios.get(0).id() : "load";
    return new Report(name, Instant.now(), reportSettings, rows);
  }

  /** Load only ever goes to this machine: a typo must not turn into a load test of someone else's server. */
  static URI local(URI url) {
    if (url.getHost() == null || !LOCAL_HOSTS.contains(url.getHost())) {
      throw new IllegalArgumentException("The load driver targets 127.0.0.1 only, not " + url);
    }
    int port = url.getPort() < 0 ? 80 : url.getPort();
    return URI.create("http://127.0.0.1:" + port);
  }

  private static Map<String, String> prepare(PortalClient portal, Settings settings, Consumer<String> log) {
    String run = Long.toString(System.currentTimeMillis(), 36);
    Customer customer = register(portal, "load-" + run + "-customer@load.bench.example", "Load Customer");
    String adminToken = portal.issueToken(settings.adminEmail(), settings.adminPassword());
    List<String> areaIds =
        PortalClient.jsonArray(portal.send("GET", "catalog/areas", null, null, 200)).stream()
            .map(JsonValue::asJsonObject)
            .map(a -> a.getJsonNumber("id").toString())
            .limit(50)
            .collect(Collectors.toCollection(ArrayList::new));
    if (areaIds.isEmpty()) {
      JsonObject area = Json.createObjectBuilder().add("name", "Load area " + run).build();
      areaIds.add(PortalClient.json(portal.send("POST", "catalog/areas", "Bearer " + adminToken, area, 201)).getJsonNumber("id").toString());
    }
    // The generator bids on the products with the lowest ids, so those are the ones with demand to analyse.
    List<String> productIds =
        PortalClient.jsonArray(portal.send("GET", "catalog/products", null, null, 200)).stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getBoolean("active"))
            .map(p -> p.getJsonNumber("id").longValue())
            .sorted()
            .limit(1_000)
            .map(String::valueOf)
            .collect(Collectors.toCollection(ArrayList::new));
    if (productIds.isEmpty()) {
      JsonObject product =
          Json.createObjectBuilder().add("areaId", Long.parseLong(areaIds.get(0))).add("name", "Load product " + run).add("currency", "USD").build();
      productIds.add(PortalClient.json(portal.send("POST", "catalog/products", "Bearer " + adminToken, product, 201)).getJsonNumber("id").toString());
    }
    List<String> programIds = samplePrograms(portal, adminToken, Long.parseLong(areaIds.get(0)), run);
    List<String> inboxItemIds = inboxItems(portal, adminToken, customer.token(), areaIds);
    log.accept("Prepared customer " + customer.email() + ", admin and customer API tokens, " + areaIds.size() + " product areas, "
        + productIds.size() + " products, " + inboxItemIds.size() + " inbox items");
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("BENCH_RUN", run);
    environment.put("BENCH_CUSTOMER_EMAIL", customer.email());
    environment.put("BENCH_CUSTOMER_PASSWORD", CUSTOMER_PASSWORD);
    environment.put("BENCH_CUSTOMER_TOKEN", customer.token());
    environment.put("BENCH_ADMIN_TOKEN", adminToken);
    environment.put("BENCH_AREA_IDS", String.join(",", areaIds));
    environment.put("BENCH_PRODUCT_IDS", String.join(",", productIds));
    environment.put("BENCH_PROGRAM_IDS", String.join(",", programIds));
    environment.put("BENCH_INBOX_ITEM_IDS", String.join(",", inboxItemIds));
    return environment;
  }

  /** How many interactions the customer of the story scenario has: votes, ideas and tickets. */
  static final int STORY_VOTES = 700;
  static final int STORY_IDEAS = 150;
  static final int STORY_TICKETS = 150;

  /**
   * A customer of its own with {@value #STORY_VOTES} votes, {@value #STORY_IDEAS} ideas and {@value #STORY_TICKETS}
   * tickets (1,000 interactions), made through the API like any customer's, so the story reads what the features
   * really recorded. Returns the customer's id.
   */
  private static String storyCustomer(PortalClient portal, Map<String, String> environment, Consumer<String> log) {
    String run = environment.get("BENCH_RUN");
    Customer customer = register(portal, "load-" + run + "-story@load.bench.example", "Story Customer");
    String auth = "Bearer " + customer.token();
    long areaId = Long.parseLong(environment.get("BENCH_AREA_IDS").split(",")[0]);
    for (int i = 0; i < STORY_IDEAS; i++) {
      JsonObject idea = Json.createObjectBuilder().add("title", "Story idea " + run + " number " + i).add("areaId", areaId)
          .add("description", "An idea of the customer whose story is read.").build();
      portal.send("POST", "ideas", auth, idea, 201);
    }
    for (int i = 0; i < STORY_TICKETS; i++) {
      JsonObject ticket = Json.createObjectBuilder().add("subject", "Story ticket " + run + " number " + i)
          .add("description", "A ticket of the customer whose story is read.").add("priority", "NORMAL").build();
      portal.send("POST", "tickets", auth, ticket, 201);
    }
    int votes = 0;
    for (int first = 0; votes < STORY_VOTES; first += 100) {
      List<Long> ideas = PortalClient.json(portal.send("GET", "ideas?sort=TOP&status=NEW&status=UNDER_REVIEW&max=100&first=" + first, null, null, 200))
          .getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
      if (ideas.isEmpty()) {
        break;
      }
      for (long idea : ideas) {
        if (votes++ < STORY_VOTES) {
          portal.send("PUT", "ideas/" + idea + "/vote", auth, null, 200);
        }
      }
    }
    log.accept("Prepared customer " + customer.email() + " (" + customer.id() + ") with " + STORY_IDEAS + " ideas, " + STORY_TICKETS + " tickets and "
        + Math.min(votes, STORY_VOTES) + " votes for the story scenario");
    return String.valueOf(customer.id());
  }

  /** A customer the driver registered for this run, signing in with {@link #CUSTOMER_PASSWORD} or the API token. */
  private record Customer(long id, String email, String token) {}

  /** Registers a customer through the API, as anyone signs up, and issues it an API token. */
  private static Customer register(PortalClient portal, String email, String displayName) {
    JsonObject registration =
        Json.createObjectBuilder()
            .add("email", email).add("displayName", displayName).add("password", CUSTOMER_PASSWORD).add("language", "en")
            .build();
    long id = PortalClient.json(portal.send("POST", "accounts", null, registration, 201)).getJsonNumber("id").longValue();
    return new Customer(id, email, portal.issueToken(email, CUSTOMER_PASSWORD));
  }

  /**
   * Inbox items of every kind across the first product areas (the newest 100 of each kind and area), to ask for
   * what reads like them; without any, the load customer's own idea once the inbox has taken it.
   */
  private static List<String> inboxItems(PortalClient portal, String adminToken, String customerToken, List<String> areaIds) {
    List<String> ids = new ArrayList<>();
    for (String area : areaIds.subList(0, Math.min(5, areaIds.size()))) {
      for (String kind : List.of("idea", "ticket", "bid", "sample-request")) {
        PortalClient.json(portal.send("GET", "triage/inbox?state=ALL&max=100&kind=" + kind + "&areaId=" + area, "Bearer " + adminToken, null, 200))
            .getJsonArray("items").forEach(i -> ids.add(i.asJsonObject().getJsonNumber("id").toString()));
      }
    }
    if (!ids.isEmpty()) {
      return ids;
    }
    JsonObject idea = Json.createObjectBuilder()
        .add("title", "A quieter fan for the load test").add("description", "The fan is loud.").add("areaId", Long.parseLong(areaIds.get(0)))
        .add("tags", Json.createArrayBuilder()).build();
    String ideaId = PortalClient.json(portal.send("POST", "ideas", "Bearer " + customerToken, idea, 201)).getJsonNumber("id").toString();
    Instant until = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(until)) {
      try {
        return List.of(PortalClient.json(portal.send("GET", "triage/inbox/submissions/idea/" + ideaId, "Bearer " + adminToken, null, 200))
            .getJsonNumber("id").toString());
      } catch (IllegalStateException notYet) {
        sleep(200);
      }
    }
    throw new IllegalStateException("The inbox did not take idea " + ideaId + " within 30 seconds");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the inbox", e);
    }
  }

  /** Up to 1,000 sample programs to read results of; without generated ones, one published program of its own. */
  private static List<String> samplePrograms(PortalClient portal, String adminToken, long areaId, String run) {
    List<String> ids =
        PortalClient.jsonArray(portal.send("GET", "samples/programs", "Bearer " + adminToken, null, 200)).stream()
            .map(p -> p.asJsonObject().getJsonNumber("id").toString())
            .limit(1_000)
            .collect(Collectors.toCollection(ArrayList::new));
    if (ids.isEmpty()) {
      Instant now = Instant.now();
      JsonObject program =
          Json.createObjectBuilder()
              .add("name", "Load program " + run).add("areaId", areaId).add("units", 10).add("terms", "Give feedback.")
              .add("opensAt", now.toString()).add("closesAt", now.plus(Duration.ofDays(30)).toString()).add("dueDays", 14)
              .add("questions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "Rate it").add("kind", "RATING").add("required", true)))
              .build();
      ids.add(PortalClient.json(portal.send("POST", "samples/programs", "Bearer " + adminToken, program, 201)).getJsonNumber("id").toString());
    }
    return ids;
  }

  static Report.Row row(Scenario scenario, JsonObject wrk) {
    long requests = wrk.getJsonNumber("requests").longValue();
    double seconds = wrk.getJsonNumber("durationMicros").longValue() / 1e6;
    long errors =
        wrk.getJsonNumber("non2xx").longValue()
            + wrk.getJsonNumber("connectErrors").longValue()
            + wrk.getJsonNumber("readErrors").longValue()
            + wrk.getJsonNumber("writeErrors").longValue()
            + wrk.getJsonNumber("timeouts").longValue();
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("requests", (double) requests);
    metrics.put("req/s", Math.round(requests / seconds * 10) / 10.0);
    metrics.put("p50 ms", millis(wrk, "p50Micros"));
    metrics.put("p90 ms", millis(wrk, "p90Micros"));
    metrics.put("p99 ms", millis(wrk, "p99Micros"));
    metrics.put("max ms", millis(wrk, "maxMicros"));
    metrics.put("errors", (double) errors);
    return new Report.Row(scenario.id(), metrics);
  }

  private static double millis(JsonObject wrk, String key) {
    return Math.round(wrk.getJsonNumber(key).longValue() / 100.0) / 10.0;
  }
}
