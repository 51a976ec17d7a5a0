package org.example.portal.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TranslationsTest {

  private final Translations translations = Translations.shared();

  @Test
  void everyCoreTextIsTranslatedToUzbek() {
    assertTrue(translations.missingIn(Translations.UZBEK).isEmpty(), () -> "Missing in Uzbek: " + translations.missingIn(Translations.UZBEK));
  }

  @Test
  void anUnsupportedLanguageFallsBackToEnglish() {
    assertEquals("Sign in", translations.get(Locale.GERMAN, "action.signIn"));
    assertEquals("Kirish", translations.get(Locale.of("uz", "UZ"), "action.signIn"));
  }

  @Test
  void parametersAreFilledIn() {
    assertEquals("Welcome, Dana", translations.get(Translations.ENGLISH, "home.greeting", "Dana"));
  }

  @Test
  void aMissingKeyIsVisibleInsteadOfFailing() {
    assertEquals("!no.such.key", translations.get(Translations.ENGLISH, "no.such.key"));
  }
}
