package org.example.portal.core.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.example.portal.core.error.PortalException;
import org.example.portal.core.i18n.ValidationText;

/**
 * Shows a service's refusal on a form: each message beside the field it is about, in the user's language;
 * anything not tied to a field as a notification. Forms call the service and hand failures here, so the
 * rules live once, in the service.
 */
public final class FormErrors {

  private FormErrors() {}

  /** Clears earlier messages of these fields. */
  public static void clear(Map<String, ? extends HasValidation> fields) {
    fields.values().forEach(f -> {
      f.setInvalid(false);
      f.setErrorMessage(null);
    });
  }

  /**
   * Shows the failure on the form if it is a validation or business failure; otherwise rethrows it for
   * the error handler.
   */
  public static void show(RuntimeException failure, Map<String, ? extends HasValidation> fields) {
    clear(fields);
    Throwable cause = PortalErrorHandler.rootBusinessCause(failure);
    if (cause instanceof ConstraintViolationException e) {
      boolean unplaced = false;
      for (ConstraintViolation<?> v : e.getConstraintViolations()) {
        HasValidation field = fields.get(lastProperty(v));
        if (field != null) {
          field.setErrorMessage(text(v));
          field.setInvalid(true);
        } else {
          unplaced = true;
        }
      }
      if (unplaced) {
        PortalErrorHandler.show(summary(e));
      }
    } else if (cause instanceof PortalException e) {
      HasValidation field = e.field() == null ? null : fields.get(e.field());
      if (field != null) {
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
      } else {
        PortalErrorHandler.show(e.getMessage());
      }
    } else {
      throw failure;
    }
  }

  static String summary(ConstraintViolationException e) {
    return e.getConstraintViolations().stream().map(FormErrors::text).sorted().collect(Collectors.joining(" "));
  }

  private static String text(ConstraintViolation<?> v) {
    UI ui = UI.getCurrent();
    Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
    return ValidationText.of(v, locale);
  }

  private static String lastProperty(ConstraintViolation<?> v) {
    String last = null;
    for (var node : v.getPropertyPath()) {
      last = node.getName();
    }
    return last;
  }
}
