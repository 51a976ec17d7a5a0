package org.example.portal.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PostgreSQL schema the test server works in: dropped and created again at the start of every run. */
public final class Database {

  private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([^&]+)");
  private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
  private static final Set<String> NEVER_DROP = Set.of("public", "information_schema", "pg_catalog");

  private Database() {}

  /** The schema named by {@code currentSchema} in the JDBC URL, e.g. {@code portal_it}. */
  public static String schema(String url) {
    Matcher m = CURRENT_SCHEMA.matcher(url);
    if (!m.find()) {
      throw new IllegalStateException(
          "it.db.url must name the tests' own schema with ?currentSchema=..., so a run never drops other data: " + url);
    }
    String schema = m.group(1);
    if (!PLAIN_NAME.matcher(schema).matches() || NEVER_DROP.contains(schema) || schema.startsWith("pg_")) {
      throw new IllegalStateException("Refusing to drop and recreate the schema '" + schema + "' named in " + url);
    }
    return schema;
  }

  /** Drops the schema of {@link Settings#dbUrl()} with everything in it and creates it empty. */
  public static void recreateSchema() {
    String url = Settings.dbUrl();
    String schema = schema(url);
    try (Connection connection = DriverManager.getConnection(url, Settings.dbUser(), Settings.dbPassword());
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + schema + " cascade");
      statement.execute("create schema " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot reset schema " + schema + " in " + url + " as " + Settings.dbUser()
              + ". Is PostgreSQL running on that address (see .ci/run)? Override with -Dit.db.url, -Dit.db.user, -Dit.db.password.",
          e);
    }
  }
}
