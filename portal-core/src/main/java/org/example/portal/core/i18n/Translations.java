package org.example.portal.core.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * All UI and e-mail text, per language. Every module ships its own {@code portal-messages.properties}
 * (English) and {@code portal-messages_uz.properties} (Uzbek) at the root of its jar; they are merged here,
 * so core never needs to know which modules exist. Files are read as UTF-8.
 */
public final class Translations {

  public static final String BUNDLE = "portal-messages";
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale UZBEK = Locale.of("uz");
  public static final List<Locale> LOCALES = List.of(ENGLISH, UZBEK);

  private static volatile Translations shared;

  private final Map<String, Map<String, String>> byLanguage;

  /** The translations of every module deployed with the portal, loaded once. */
  public static Translations shared() {
    Translations t = shared;
    if (t == null) {
      synchronized (Translations.class) {
        if (shared == null) {
          shared = new Translations(Translations.class.getClassLoader());
        }
        t = shared;
      }
    }
    return t;
  }

  public Translations(ClassLoader classLoader) {
    Map<String, Map<String, String>> loaded = new HashMap<>();
    for (Locale locale : LOCALES) {
      String file = locale.equals(ENGLISH) ? BUNDLE + ".properties" : BUNDLE + "_" + locale.getLanguage() + ".properties";
      loaded.put(locale.getLanguage(), load(classLoader, file));
    }
    this.byLanguage = Collections.unmodifiableMap(loaded);
  }

  private static Map<String, String> load(ClassLoader classLoader, String file) {
    Map<String, String> messages = new HashMap<>();
    try {
      for (URL url : Collections.list(classLoader.getResources(file))) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        properties.forEach((k, v) -> messages.put((String) k, (String) v));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return messages;
  }

  /** The supported locale closest to the one asked for; English when there is none. */
  public static Locale supported(Locale locale) {
    if (locale == null) {
      return ENGLISH;
    }
    return LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(ENGLISH);
  }

  /**
   * The text for a key in a language, falling back to English, then to the key itself, so a missing
   * translation shows up as a visible key rather than an error.
   */
  public String get(Locale locale, String key, Object... params) {
    String pattern = byLanguage.get(supported(locale).getLanguage()).get(key);
    if (pattern == null) {
      pattern = byLanguage.get(ENGLISH.getLanguage()).get(key);
    }
    if (pattern == null) {
      return "!" + key;
    }
    return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
  }

  /** The untranslated pattern for a key, if any language has it. */
  public java.util.Optional<String> pattern(Locale locale, String key) {
    String pattern = byLanguage.get(supported(locale).getLanguage()).get(key);
    return java.util.Optional.ofNullable(pattern != null ? pattern : byLanguage.get(ENGLISH.getLanguage()).get(key));
  }

  /** Keys present in English but missing in the given language. */
  public java.util.Set<String> missingIn(Locale locale) {
    var missing = new java.util.TreeSet<>(byLanguage.get(ENGLISH.getLanguage()).keySet());
    missing.removeAll(byLanguage.get(supported(locale).getLanguage()).keySet());
    return missing;
  }
}
