package org.example.portal.core.i18n;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;

/**
 * Hands Vaadin the merged translations of every module ({@link Translations}). vaadin-cdi only uses an
 * {@link I18NProvider} bean that is {@code @VaadinServiceEnabled} and {@code @VaadinServiceScoped}. Code outside
 * the UI (e-mail text) uses {@link Translations#shared()} directly.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class PortalI18NProvider implements I18NProvider {

  @Override
  public List<Locale> getProvidedLocales() {
    return Translations.LOCALES;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    return Translations.shared().get(locale, key, params);
  }
}
