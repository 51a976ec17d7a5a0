package org.example.portal.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's settings. Each key can be given as a system property ({@code portal.smtp.host}) or as an
 * environment variable ({@code PORTAL_SMTP_HOST}); MicroProfile Config maps one to the other.
 */
@ApplicationScoped
public class PortalConfig {

  private Config config() {
    return ConfigProvider.getConfig(PortalConfig.class.getClassLoader());
  }

  public Optional<String> get(String key) {
    return config().getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
  }

  public String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  public int getInt(String key, int defaultValue) {
    return get(key).map(Integer::parseInt).orElse(defaultValue);
  }

  public boolean getBoolean(String key, boolean defaultValue) {
    return get(key).map(Boolean::parseBoolean).orElse(defaultValue);
  }

  /** The address customers use to reach the portal; links in e-mails start with it. */
  public URI baseUrl() {
    String url = get("portal.base.url", "http://localhost:8080");
    return URI.create(url.endsWith("/") ? url : url + "/");
  }

  /** Folder for data the portal keeps outside the database (search indexes, uploads). */
  public Path dataDirectory() {
    return Path.of(get("portal.data.dir", System.getProperty("user.home") + "/portal-data"));
  }
}
