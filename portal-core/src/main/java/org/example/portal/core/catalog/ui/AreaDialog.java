package org.example.portal.core.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.example.portal.core.catalog.application.AreaForm;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.ui.SaveFooter;

/** Creates a product area, or edits one (name, description, whether it is still active). */
class AreaDialog extends Dialog {

  private final TextField name = new TextField();
  private final TextArea description = new TextArea();
  private final Checkbox active = new Checkbox();

  /** {@code area} is null for a new area. */
  AreaDialog(CatalogService catalog, ProductArea area, Runnable saved) {
    setHeaderTitle(getTranslation(area == null ? "admin.catalog.area.new" : "admin.catalog.area.edit"));
    setWidth("min(40em, 100%)");
    name.setId("area-name");
    name.setLabel(getTranslation("admin.catalog.name"));
    name.setMaxLength(ProductArea.NAME_MAX_LENGTH);
    name.setRequiredIndicatorVisible(true);
    description.setId("area-description");
    description.setLabel(getTranslation("admin.catalog.description"));
    description.setMaxLength(ProductArea.DESCRIPTION_MAX_LENGTH);
    active.setId("area-active");
    active.setLabel(getTranslation("admin.catalog.active"));
    active.setValue(true);
    // A new area always starts active, so the switch only appears when editing.
    active.setVisible(area != null);
    if (area != null) {
      name.setValue(area.getName());
      description.setValue(area.getDescription() == null ? "" : area.getDescription());
      active.setValue(area.isActive());
    }

    FormLayout form = new FormLayout(name, description, active);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    add(form);

    Map<String, HasValidation> fields = Map.of("name", name, "description", description, "active", active);
    SaveFooter.add(this, "area", fields, () -> {
      AreaForm values = new AreaForm(name.getValue(), blankToNull(description.getValue()), active.getValue());
      if (area == null) {
        catalog.createArea(values);
      } else {
        catalog.updateArea(area.getId(), values);
      }
    }, saved);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
