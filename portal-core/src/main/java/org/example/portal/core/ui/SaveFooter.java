package org.example.portal.core.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;

/**
 * Cancel and Save in an edit dialog's footer. Save runs the service call; a refusal is shown on the form
 * (see {@link FormErrors}) and the dialog stays open, success closes it, confirms and runs {@code saved}.
 */
public final class SaveFooter {

  private SaveFooter() {}

  /** Buttons get the ids {@code <idPrefix>-save} and {@code <idPrefix>-cancel}. */
  public static void add(
      Dialog dialog, String idPrefix, Map<String, ? extends HasValidation> fields, Runnable save, Runnable saved) {
    Button saveButton = new Button(dialog.getTranslation("action.save"), e -> {
      try {
        save.run();
      } catch (RuntimeException failure) {
        FormErrors.show(failure, fields);
        return;
      }
      dialog.close();
      Notification.show(dialog.getTranslation("account.saved"), 3000, Notification.Position.BOTTOM_START);
      saved.run();
    });
    saveButton.setId(idPrefix + "-save");
    saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(dialog.getTranslation("action.cancel"), e -> dialog.close());
    cancel.setId(idPrefix + "-cancel");
    dialog.getFooter().add(cancel, saveButton);
  }
}
