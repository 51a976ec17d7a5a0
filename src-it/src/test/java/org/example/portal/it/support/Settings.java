package org.example.portal.it.support;

import java.nio.file.Path;

/**
 * What the tests need to know about the test run, from system properties the failsafe plugin sets (see
 * src-it/pom.xml). The defaults match the pom, so a test started from an IDE finds the same server.
 */
public final class Settings {

  private Settings() {}

  public static String baseUrl() {
    String url = get("it.base.url", "http://localhost:9080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The test server's admin port (PORT_BASE + 48), which Arquillian deploys through. */
  public static int adminPort() {
    return Integer.parseInt(get("it.admin.port", "9048"));
  }

  public static String dbUrl() {
    return get("it.db.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=portal_it");
  }

  public static String dbUser() {
    return get("it.db.user", "postgres");
  }

  public static String dbPassword() {
    return get("it.db.password", "postgres");
  }

  public static int smtpPort() {
    return Integer.parseInt(get("it.smtp.port", "9025"));
  }

  public static String adminEmail() {
    return get("it.admin.email", "it-admin@portal.test");
  }

  public static String adminPassword() {
    return get("it.admin.password", "it-admin-password-1");
  }

  /** The EAR that portal-ear built. */
  public static Path ear() {
    return Path.of(get("it.ear", "../portal-ear/target/portal.ear"));
  }

  /** The portal's data folder on the test server (PORTAL_DATA_DIR), emptied at the start of a run. */
  public static Path dataDir() {
    return Path.of(get("it.data.dir", "target/portal-data"));
  }

  public static Path screenshots() {
    return Path.of(get("it.screenshots", "target/screenshots"));
  }

  public static String chromium() {
    return get("it.chromium", "/usr/bin/chromium");
  }

  /** False makes Arquillian deploy the EAR per test class again, its default. */
  public static boolean deployOncePerRun() {
    return Boolean.parseBoolean(get("it.deploy.once", "true"));
  }

  private static String get(String key, String defaultValue) {
    String value = System.getProperty(key);
    return value == null || value.isBlank() ? defaultValue : value.strip();
  }
}
