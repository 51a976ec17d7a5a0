package org.example.portal.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.example.portal.bench.data.BenchAccounts;
import org.example.portal.bench.data.Generator;
import org.example.portal.bench.data.Scale;
import org.example.portal.bench.load.LoadDriver;
import org.example.portal.bench.load.Scenario;
import org.example.portal.bench.report.Report;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.Settings;
import org.example.portal.it.support.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of the benchmark harness (portal-bench) against the test server, so it cannot rot: the data
 * generator at a small scale into the server's database, then every load scenario with wrk for a second. The
 * real benchmarks run with ./portal bench, never here.
 */
class BenchmarkSmokeIT extends DeployedPortal {

  private static final Logger LOG = Logger.getLogger(BenchmarkSmokeIT.class.getName());
  private static final Scale SCALE = new Scale(500, 10, 42);
  private static final Path OUT = Path.of("target/bench-smoke");

  private static Generator.Result generated;

  /** Generates once for the class, whichever test comes first: the load scenarios sign in as the bench admin. */
  private static synchronized Generator.Result generated() throws SQLException {
    if (generated == null) {
      Path cache = Path.of(System.getProperty("user.home"), ".cache", "portal-bench");
      generated = Generator.generate(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword(), SCALE, cache, LOG::info);
    }
    return generated;
  }

  @Test
  void the_generator_loads_accounts_that_sign_in_with_the_bench_password() throws Exception {
    Generator.Result result = generated();

    long accounts = SCALE.customers() + SCALE.staff() + 1;
    assertEquals(accounts, result.rowsByTable().get("core_account"));
    assertEquals(accounts, count("select count(*) from core_account where email like '%@" + BenchAccounts.DOMAIN + "'"));
    assertTrue(count("select count(*) from core_product") >= 1800, "Superstore's products are loaded");

    PortalApi.Reply customer = PortalApi.basic(BenchAccounts.customerEmail(SCALE.customers()), BenchAccounts.PASSWORD).get("me");
    assertEquals(200, customer.status(), customer::toString);
    assertEquals(BenchAccounts.customerEmail(SCALE.customers()), customer.json().getString("email"));
    PortalApi.Reply teams = PortalApi.basic(BenchAccounts.ADMIN_EMAIL, BenchAccounts.PASSWORD).get("teams");
    assertEquals(200, teams.status(), teams::toString);
    assertTrue(teams.body().contains("\"Chairs product team\""), teams::toString);
  }

  @Test
  void the_portal_goes_on_creating_accounts_and_its_next_id_block_starts_above_the_loaded_ids() throws Exception {
    generated();
    long highestLoaded = count("select max(id) from core_account where email like '%@" + BenchAccounts.DOMAIN + "'");

    // Registration answers 201 (asserted inside), so its id collided with no loaded one: the portal may still
    // use the block of 50 it held before the load, all below the loaded ids. Once that is used up, EclipseLink
    // takes the sequence's next value as the last id of a new block, which must start above them.
    TestAccounts.registerCustomer("After Generation");
    long next = count("select case when is_called then last_value + 50 else last_value end from core_account_seq");

    assertTrue(next - 49 > highestLoaded, "next block starts at " + (next - 49) + ", loaded up to " + highestLoaded);
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void every_load_scenario_runs_with_requests_and_without_errors(Scenario scenario) throws Exception {
    generated();
    LoadDriver.Settings settings =
        new LoadDriver.Settings(
            URI.create(Settings.baseUrl()), 2, Duration.ZERO, Duration.ofSeconds(1), BenchAccounts.ADMIN_EMAIL, BenchAccounts.PASSWORD, "wrk", OUT);

    Report report = LoadDriver.run(List.of(scenario), settings, LOG::info);

    Report.Row row = report.rows().get(0);
    Path written = report.writeTo(OUT);
    assertAll(
        () -> assertEquals(scenario.id(), row.name()),
        () -> assertTrue(row.metrics().get("requests") > 0, row::toString),
        () -> assertEquals(0.0, row.metrics().get("errors"), row::toString),
        () -> assertTrue(Files.isRegularFile(written), written::toString),
        () -> assertEquals(report.rows(), Report.read(written).rows()));
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword());
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
