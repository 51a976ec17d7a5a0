package org.example.portal.core.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.application.ProductForm;
import org.example.portal.core.catalog.domain.Product;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.ui.SaveFooter;

/** Creates a product in an area, or edits one (area, name, description, currency, list price, active). */
class ProductDialog extends Dialog {

  /** ISO 4217 codes have three letters. */
  private static final int CURRENCY_LENGTH = 3;

  private final Select<ProductArea> area = new Select<>();
  private final TextField name = new TextField();
  private final TextArea description = new TextArea();
  private final TextField currency = new TextField();
  private final BigDecimalField listPrice = new BigDecimalField();
  private final Checkbox active = new Checkbox();

  /** {@code product} is null for a new product, which then starts in {@code areaId} if one is given. */
  ProductDialog(CatalogService catalog, Product product, List<ProductArea> areas, Long areaId, Runnable saved) {
    setHeaderTitle(getTranslation(product == null ? "admin.catalog.product.new" : "admin.catalog.product.edit"));
    setWidth("min(44em, 100%)");
    // Inactive areas take no new products; the product's own area stays listed so the field shows it.
    area.setId("product-area");
    area.setLabel(getTranslation("admin.catalog.area"));
    area.setItems(areas.stream().filter(a -> a.isActive() || a.getId().equals(areaId)).toList());
    area.setItemLabelGenerator(ProductArea::getName);
    area.setRequiredIndicatorVisible(true);
    areas.stream().filter(a -> a.getId().equals(areaId)).findFirst().ifPresent(area::setValue);
    name.setId("product-name");
    name.setLabel(getTranslation("admin.catalog.name"));
    name.setMaxLength(Product.NAME_MAX_LENGTH);
    name.setRequiredIndicatorVisible(true);
    description.setId("product-description");
    description.setLabel(getTranslation("admin.catalog.description"));
    description.setMaxLength(Product.DESCRIPTION_MAX_LENGTH);
    currency.setId("product-currency");
    currency.setLabel(getTranslation("admin.catalog.currency"));
    currency.setHelperText(getTranslation("admin.catalog.currency.help"));
    currency.setMaxLength(CURRENCY_LENGTH);
    currency.setAllowedCharPattern("[A-Za-z]");
    currency.setRequiredIndicatorVisible(true);
    listPrice.setId("product-price");
    listPrice.setLabel(getTranslation("admin.catalog.listPrice"));
    active.setId("product-active");
    active.setLabel(getTranslation("admin.catalog.active"));
    active.setValue(true);
    // A new product always starts active, so the switch only appears when editing.
    active.setVisible(product != null);
    if (product != null) {
      name.setValue(product.getName());
      description.setValue(Objects.requireNonNullElse(product.getDescription(), ""));
      currency.setValue(product.getCurrency());
      listPrice.setValue(product.getListPrice());
      active.setValue(product.isActive());
    }

    FormLayout form = new FormLayout(area, name, description, currency, listPrice, active);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    form.setColspan(description, 2);
    form.setColspan(active, 2);
    add(form);

    Map<String, HasValidation> fields = Map.of(
        "areaId", area, "name", name, "description", description,
        "currency", currency, "listPrice", listPrice, "active", active);
    SaveFooter.add(this, "product", fields, () -> {
      ProductForm values = new ProductForm(
          area.getValue() == null ? null : area.getValue().getId(),
          name.getValue(),
          AreaDialog.blankToNull(description.getValue()),
          currency.getValue(),
          listPrice.getValue(),
          active.getValue());
      if (product == null) {
        catalog.createProduct(values);
      } else {
        catalog.updateProduct(product.getId(), values);
      }
    }, saved);
  }
}
