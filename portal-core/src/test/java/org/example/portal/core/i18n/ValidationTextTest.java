package org.example.portal.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.example.portal.core.account.application.Registration;
import org.junit.jupiter.api.Test;

class ValidationTextTest {

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  private List<String> messages(Registration registration, java.util.Locale locale) {
    return validator.validate(registration).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map((ConstraintViolation<Registration> v) -> ValidationText.of(v, locale))
        .toList();
  }

  @Test
  void limitsFromTheConstraintAreFilledIntoTheText() {
    var messages = messages(new Registration("dana@example.com", "Dana", "short", "en"), Translations.ENGLISH);
    assertEquals(List.of("The password needs 10 to 128 characters."), messages);
  }

  @Test
  void messagesFollowTheReadersLanguage() {
    var messages = messages(new Registration("not-an-address", "Dana", "long enough password", "en"), Translations.UZBEK);
    assertEquals(List.of("To\u02bbg\u02bbri e-pochta manzilini kiriting, masalan ism@example.com."), messages);
  }
}
