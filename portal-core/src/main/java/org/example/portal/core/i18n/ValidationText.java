package org.example.portal.core.i18n;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bean Validation messages in the reader's language. Constraints name a translation key as their message
 * ({@code message = "{account.email.invalid}"}); the text comes from the portal's translations, with the
 * constraint's attributes ({@code {min}}, {@code {max}}) filled in, so limits are written once, in code.
 */
public final class ValidationText {

  private static final Pattern KEY = Pattern.compile("\\{([\\w.]+)}");

  private ValidationText() {}

  public static String of(ConstraintViolation<?> violation, Locale locale) {
    Matcher whole = KEY.matcher(violation.getMessageTemplate());
    if (!whole.matches()) {
      return violation.getMessage();
    }
    return Translations.shared()
        .pattern(locale, whole.group(1))
        .map(p -> fill(p, violation.getConstraintDescriptor().getAttributes()))
        .orElse(violation.getMessage());
  }

  private static String fill(String pattern, Map<String, Object> attributes) {
    Matcher m = KEY.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = attributes.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
