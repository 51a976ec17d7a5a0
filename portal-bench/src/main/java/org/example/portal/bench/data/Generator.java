package org.example.portal.bench.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Fills a portal database whose schema the portal has already migrated (it may be running) with every
 * {@link Population} found on the class path, in dependency order, and moves the sequences past the loaded ids.
 * Generated accounts end in {@code @bench.example}; a database that already has them is refused, so a second run
 * never half-duplicates the first.
 */
public final class Generator {

  /** Rows written per table and how long it took. */
  public record Result(Map<String, Long> rowsByTable, long totalRows, double seconds) {}

  /** Thrown when the database already holds generated accounts. */
  public static class AlreadyPopulatedException extends IllegalStateException {
    AlreadyPopulatedException(String message) {
      super(message);
    }
  }

  private Generator() {}

  public static Result generate(String jdbcUrl, String user, String password, Scale scale, Path cache, Consumer<String> log)
      throws SQLException {
    Dialect dialect = Dialect.of(jdbcUrl);
    List<Population> populations = ordered(ServiceLoader.load(Population.class).stream().map(ServiceLoader.Provider::get).toList());
    log.accept("Reading product and customer names from " + Superstore.PACKAGE + " (cache " + cache + ")");
    Superstore superstore = Superstore.load(cache);
    try (Connection connection = DriverManager.getConnection(dialect.bulkUrl(jdbcUrl), user, password)) {
      connection.setAutoCommit(false);
      requireEmptyPortalSchema(connection, jdbcUrl);
      Progress progress = new Progress(log);
      PopulationContext context = new PopulationContext(connection, dialect, scale, superstore, progress);
      for (Population population : populations) {
        log.accept("Loading population " + population.name());
        context.startPopulation(population);
        population.load(context);
        connection.commit();
      }
      if (dialect == Dialect.POSTGRESQL) {
        // Fresh statistics, or the planner takes the bulk-loaded tables for empty ones and picks bad plans; and a
        // vacuum, as autovacuum would do in a while, so that index-only scans need not visit every row they
        // return to learn that it is visible (a count over 10,000 inbox items read 6,000 heap pages without it).
        log.accept("Vacuuming and analyzing the loaded tables");
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
          statement.execute("vacuum (analyze)");
        }
      }
      return new Result(new LinkedHashMap<>(progress.rowsByTable()), progress.total(), progress.seconds());
    }
  }

  private static void requireEmptyPortalSchema(Connection connection, String jdbcUrl) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select count(*) from core_account where email like ?")) {
      statement.setString(1, "%@" + BenchAccounts.DOMAIN);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new AlreadyPopulatedException(
              jdbcUrl + " already holds generated data (" + rs.getLong(1) + " accounts @" + BenchAccounts.DOMAIN
                  + "); generate into a fresh database or schema");
        }
      }
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
        connection.rollback();
        throw new IllegalStateException(
            "No portal tables at " + jdbcUrl + ": start the portal once on this database so its migrations create them", e);
      }
      throw e;
    }
    connection.rollback();
  }

  /** Populations after the ones they name in {@link Population#after()}; otherwise by name. */
  static List<Population> ordered(List<Population> found) {
    List<Population> pending = new ArrayList<>(found);
    pending.sort(Comparator.comparing(Population::name));
    List<Population> ordered = new ArrayList<>();
    while (!pending.isEmpty()) {
      Population next =
          pending.stream()
              .filter(p -> p.after().stream().allMatch(name -> ordered.stream().anyMatch(o -> o.name().equals(name))))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("Populations wait for ones that are missing or wait in a circle: " + pending));
      pending.remove(next);
      ordered.add(next);
    }
    return ordered;
  }
}
