package org.example.portal.bench.load;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.example.portal.bench.data.CampaignFixture;
import org.example.portal.bench.report.Machine;
import org.example.portal.bench.report.Report;

/**
 * How long the portal takes to close a campaign over many committed bids (the issue's limit: 5 s for 10,000).
 * Prepares the campaign in the portal's database ({@link CampaignFixture}), moves its deadline into the past
 * and runs the portal's deadline job once as the admin ({@code POST /api/v1/bids/deadlines/run}): the job's
 * own figure is the close's transaction (every bid to an order, its history, its e-mail in the outbox, the
 * events) with the processor time the portal spent on it, the request's adds the HTTP round trip. Then it checks in the database that every bid was closed.
 * A campaign of {@value #WARMUP_BIDS} bids closes first, so the measured one does not run on a cold JVM.
 */
public final class CampaignCloseBenchmark {

  /** The portal, its database and the campaign's size. */
  public record Settings(
      URI baseUrl, String dbUrl, String dbUser, String dbPassword, int bids, CampaignFixture.Subject subject, String adminEmail,
      String adminPassword) {}

  /** The issue's limit for closing a campaign over 10,000 committed bids. */
  static final double LIMIT_SECONDS = 5.0;

  /** The campaign closed before the measured one, so that one does not pay for a cold JVM. */
  static final int WARMUP_BIDS = 1_000;

  private CampaignCloseBenchmark() {}

  public static Report run(Settings settings, Consumer<String> log) throws SQLException, InterruptedException {
    URI base = LoadDriver.local(settings.baseUrl());
    Map<String, String> machine = Machine.describe();
    PortalClient portal = new PortalClient(base);
    portal.send("GET", "health", null, null, 200);
    // A token, so the timed request does not pay for a password hash check.
    String admin = "Bearer " + portal.issueToken(settings.adminEmail(), settings.adminPassword());
    // The first close after a start runs on a cold JVM; a smaller campaign closes first, and is reported too.
    int warmup = Math.min(WARMUP_BIDS, settings.bids());
    List<Report.Row> rows = List.of(
        close(settings, portal, admin, warmup, "warm-up: close %,d committed bids", log),
        close(settings, portal, admin, settings.bids(), "close %,d committed bids", log));

    Map<String, String> reportSettings = new LinkedHashMap<>(machine);
    reportSettings.put("url", base.toString());
    reportSettings.put("database", settings.dbUrl().replaceAll("password=[^&;]*", "password=***"));
    reportSettings.put("subject", settings.subject().name().toLowerCase(Locale.ROOT));
    reportSettings.put("limitSeconds", String.valueOf(LIMIT_SECONDS));
    return new Report("campaign-close", Instant.now(), reportSettings, rows);
  }

  /** Prepares a campaign over {@code bids} committed bids, closes it through the deadline job and checks the outcome. */
  private static Report.Row close(Settings settings, PortalClient portal, String admin, int bids, String name, Consumer<String> log)
      throws SQLException, InterruptedException {
    log.accept(String.format("Preparing a campaign on a generated %s with %,d committed bids", settings.subject().name().toLowerCase(Locale.ROOT), bids));
    CampaignFixture.Prepared campaign =
        CampaignFixture.prepare(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), settings.subject(), bids, log);

    // The portal's own job runs at second 0 of every minute; starting early in a minute leaves the campaign to
    // this run. The portal runs the job one at a time, so even a slow close is never closed twice.
    while (LocalTime.now(ZoneOffset.UTC).getSecond() < 2 || LocalTime.now(ZoneOffset.UTC).getSecond() > 30) {
      Thread.sleep(500);
    }
    CampaignFixture.due(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), campaign.campaignId());
    log.accept("Campaign " + campaign.campaignId() + " is due; closing it");
    long start = System.nanoTime();
    JsonObject run = PortalClient.json(portal.send("POST", "bids/deadlines/run", admin, JsonValue.EMPTY_JSON_OBJECT, 200));
    double requestSeconds = (System.nanoTime() - start) / 1e9;
    JsonObject closed =
        run.getJsonArray("closedCampaigns").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getJsonNumber("id").longValue() == campaign.campaignId())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(
                "The run did not close campaign " + campaign.campaignId() + " (the minute job may have taken it first): " + run));
    double closeSeconds = closed.getJsonNumber("millis").longValue() / 1000.0;
    List<String> outcome = CampaignFixture.outcome(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), campaign.campaignId());
    outcome.forEach(line -> log.accept("  " + line));
    if (!closed.getString("state").equals("SUCCEEDED") || outcome.size() != 1 || !outcome.get(0).startsWith("ACCEPTED/CONFIRMED")) {
      throw new IllegalStateException("Campaign " + campaign.campaignId() + " did not close as prepared: " + closed + " " + outcome);
    }
    log.accept(String.format("Closed campaign %d over %,d committed bids in %.2f s (request %.2f s; limit %.0f s for 10,000)",
        campaign.campaignId(), bids, closeSeconds, requestSeconds, LIMIT_SECONDS));

    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("bids", (double) bids);
    metrics.put("units", (double) campaign.units());
    metrics.put("close s", Math.round(closeSeconds * 1000) / 1000.0);
    metrics.put("request s", Math.round(requestSeconds * 1000) / 1000.0);
    metrics.put("close cpu s", closed.getJsonNumber("cpuMillis").longValue() / 1000.0);
    metrics.put("bids/s", (double) Math.round(bids / closeSeconds));
    metrics.put("expired bids", (double) run.getInt("expiredBids"));
    return new Report.Row(String.format(name, bids), metrics);
  }
}
