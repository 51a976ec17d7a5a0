package org.example.portal.core.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Memory for the staff dashboard's aggregates. A period's figures group hundreds of thousands of rows into a few
 * thousand groups (minutes to an answer, products, ideas). PostgreSQL cannot tell how few groups an expression
 * makes, so with its default memory per operation ({@code work_mem}, 4 MB) it sorts the rows and spills the sort to
 * disk instead of hashing them in memory: a month of half a million tickets took twice as long. {@link #widen}
 * raises that memory for the current transaction only; other databases are left as they are.
 */
@ApplicationScoped
public class AggregateMemory {

  /** PostgreSQL's memory per sort or hash while a dashboard aggregates, within its transaction only. */
  static final String WORK_MEM = "64MB";

  @Resource(lookup = PortalStartup.DATA_SOURCE)
  DataSource dataSource;

  private volatile Boolean postgres;

  /**
   * Lets the statements that follow in the current transaction group in memory. It must run in the same
   * transaction as those statements: the setting ends with it, so the pooled connection goes back unchanged.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void widen(EntityManager em) {
    if (isPostgres()) {
      em.createNativeQuery("select set_config('work_mem', '" + WORK_MEM + "', true)").getSingleResult();
    }
  }

  private boolean isPostgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("The database cannot be reached", e);
      }
      postgres = known;
    }
    return known;
  }
}
