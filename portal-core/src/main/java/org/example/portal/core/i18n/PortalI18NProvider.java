package org.example.portal.core.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** Gives Vaadin the merged translations of every module; also used for e-mail text. */
@ApplicationScoped
public class PortalI18NProvider implements I18NProvider {

  private final Translations translations = Translations.shared();

  @Override
  public List<Locale> getProvidedLocales() {
    return Translations.LOCALES;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    return translations.get(locale, key, params);
  }

  public Translations translations() {
    return translations;
  }
}
