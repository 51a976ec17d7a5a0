package org.example.portal.bench.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Consecutive ids taken from a table's sequence: {@code first} to {@code first + count - 1}. */
public record IdBlock(long first, int count) {

  /**
   * Takes {@code count} ids from a sequence and moves the sequence past them at once, so the portal, which
   * may be running and holds its own block of 50, never hands out a loaded id. The ids start above the
   * sequence's next value; the sequence restarts at the end of the first whole block after them. Commits.
   */
  static IdBlock reserve(Connection connection, Dialect dialect, String sequence, int count) throws SQLException {
    long next;
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(dialect.nextValue(sequence))) {
      rs.next();
      next = rs.getLong(1);
    }
    IdBlock block = new IdBlock(next + 1, count);
    long restart = (block.last() / PopulationContext.ALLOCATION_SIZE + 2) * PopulationContext.ALLOCATION_SIZE;
    try (Statement statement = connection.createStatement()) {
      statement.execute("alter sequence " + sequence + " restart with " + restart);
    }
    connection.commit();
    return block;
  }

  public long id(int index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException(index + " is outside a block of " + count + " ids");
    }
    return first + index;
  }

  public long last() {
    return first + count - 1;
  }
}
