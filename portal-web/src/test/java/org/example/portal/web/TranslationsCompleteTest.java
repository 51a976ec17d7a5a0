package org.example.portal.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.example.portal.core.i18n.Translations;
import org.junit.jupiter.api.Test;

/** With every module's message files merged, each English text has its Uzbek twin. */
class TranslationsCompleteTest {

  @Test
  void everyTextOfEveryModuleIsTranslatedToUzbek() {
    var missing = new Translations(getClass().getClassLoader()).missingIn(Translations.UZBEK);
    assertTrue(missing.isEmpty(), () -> "Missing in Uzbek: " + missing);
  }
}
