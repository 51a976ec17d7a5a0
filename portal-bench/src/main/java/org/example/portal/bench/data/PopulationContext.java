package org.example.portal.bench.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/** What a {@link Population} loads with: the connection, the scale, seeded randomness, ids and shared facts. */
public final class PopulationContext {

  /** EclipseLink's allocationSize on every entity: a sequence value is the last id of a block this big. */
  static final int ALLOCATION_SIZE = 50;

  private final Connection connection;
  private final Dialect dialect;
  private final Scale scale;
  private final Superstore superstore;
  private final Progress progress;
  private final Map<Class<?>, Object> shared = new HashMap<>();
  private Random random;

  PopulationContext(Connection connection, Dialect dialect, Scale scale, Superstore superstore, Progress progress) {
    this.connection = connection;
    this.dialect = dialect;
    this.scale = scale;
    this.superstore = superstore;
    this.progress = progress;
  }

  void startPopulation(Population population) {
    // Each population draws from its own stream, so adding one never changes the data of another.
    this.random = new Random(scale.seed() * 31 + population.name().hashCode());
  }

  public Connection connection() {
    return connection;
  }

  public Dialect dialect() {
    return dialect;
  }

  public Scale scale() {
    return scale;
  }

  public Random random() {
    return random;
  }

  public Superstore superstore() {
    return superstore;
  }

  /** {@link IdBlock#reserve}: {@code count} ids of a sequence that the portal never hands out. */
  public IdBlock reserveIds(String sequence, int count) throws SQLException {
    return IdBlock.reserve(connection, dialect, sequence, count);
  }

  /** A batch insert into a table; {@code expected} rows (0 if unknown) only feeds the progress figures. */
  public BulkInsert insert(String table, long expected, String... columns) throws SQLException {
    return new BulkInsert(connection, null, table, expected, progress, columns);
  }

  /** A batch insert into a table whose rows reference rows that {@code parent} is still inserting. */
  public BulkInsert insertAfter(BulkInsert parent, String table, long expected, String... columns) throws SQLException {
    return new BulkInsert(connection, parent, table, expected, progress, columns);
  }

  /** Makes a fact available to populations loaded later, keyed by its type. */
  public <T> void share(Class<T> type, T value) {
    shared.put(type, value);
  }

  public <T> T get(Class<T> type) {
    Object value = shared.get(type);
    if (value == null) {
      throw new IllegalStateException(type.getSimpleName() + " was not shared by an earlier population; list it in after()");
    }
    return type.cast(value);
  }
}
