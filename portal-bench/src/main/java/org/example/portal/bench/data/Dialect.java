package org.example.portal.bench.data;

/** The two databases the portal runs on, and the few statements in which they differ. */
public enum Dialect {
  POSTGRESQL,
  H2;

  public static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return H2;
    }
    throw new IllegalArgumentException("Not a PostgreSQL or H2 JDBC URL: " + jdbcUrl);
  }

  /**
   * The URL to load through. PostgreSQL's driver sends a JDBC batch as one multi-row insert only with
   * reWriteBatchedInserts, which makes bulk loading several times faster.
   */
  public String bulkUrl(String jdbcUrl) {
    if (this == POSTGRESQL && !jdbcUrl.contains("reWriteBatchedInserts")) {
      return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }
    return jdbcUrl;
  }

  String nextValue(String sequence) {
    return this == POSTGRESQL ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
  }
}
