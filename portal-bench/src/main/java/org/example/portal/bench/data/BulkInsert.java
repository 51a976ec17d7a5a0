package org.example.portal.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * Inserts rows into one table in JDBC batches, committing every {@link #COMMIT_EVERY} rows so neither the
 * database nor the driver holds a million pending rows, and reports progress as it goes. An insert into a table
 * that references another one being loaded at the same time names it as its parent: the parent's pending rows
 * are sent first, so a foreign key never points at a row still waiting in a batch.
 */
public final class BulkInsert implements AutoCloseable {

  static final int BATCH = 1_000;
  static final int COMMIT_EVERY = 20_000;

  private final Connection connection;
  private final PreparedStatement statement;
  private final String table;
  private final long expected;
  private final Progress progress;
  private final BulkInsert parent;
  private long rows;
  private int pending;

  BulkInsert(Connection connection, BulkInsert parent, String table, long expected, Progress progress, String... columns)
      throws SQLException {
    this.connection = connection;
    this.parent = parent;
    this.table = table;
    this.expected = expected;
    this.progress = progress;
    String sql =
        "insert into " + table + " (" + String.join(", ", columns) + ") values ("
            + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    this.statement = connection.prepareStatement(sql);
  }

  /** Adds one row; the values are in the order of the columns given to {@link PopulationContext#insert}. */
  public void row(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    statement.addBatch();
    rows++;
    if (++pending == BATCH) {
      flush();
      if (rows % COMMIT_EVERY == 0) {
        connection.commit();
      }
      progress.update(table, rows, expected);
    }
  }

  private void flush() throws SQLException {
    if (parent != null) {
      parent.flush();
    }
    if (pending > 0) {
      statement.executeBatch();
      pending = 0;
    }
  }

  public long rows() {
    return rows;
  }

  /** Sends what is left, commits and records the table's row count. */
  @Override
  public void close() throws SQLException {
    try (statement) {
      flush();
      connection.commit();
    }
    progress.finished(table, rows);
  }
}
