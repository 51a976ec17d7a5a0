package org.example.portal.core.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.Product;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.ui.MainLayout;

/** Admins maintain the product catalog: product areas, and the products in each area. */
@Route(value = "admin/catalog", layout = MainLayout.class)
@Menu(title = "menu.admin.catalog", order = 81, icon = "vaadin:package")
@RolesAllowed(Role.Names.ADMIN)
public class CatalogView extends Div implements HasDynamicTitle {

  private final CatalogService catalog;
  private final Grid<ProductArea> areaGrid = new Grid<>(ProductArea.class, false);
  private final Grid<Product> productGrid = new Grid<>(Product.class, false);
  private final Select<ProductArea> areaFilter = new Select<>();
  private List<ProductArea> areas = List.of();
  private Map<Long, String> areaNames = Map.of();

  @Inject
  public CatalogView(CatalogService catalog) {
    this.catalog = catalog;
    addClassName("portal-page");

    Button newArea = new Button(getTranslation("admin.catalog.area.new"), e -> editArea(null));
    newArea.setId("area-new");
    configureAreaGrid();

    // No area chosen means the products of every area.
    areaFilter.setId("product-area-filter");
    areaFilter.setLabel(getTranslation("admin.catalog.area"));
    areaFilter.setEmptySelectionAllowed(true);
    areaFilter.setEmptySelectionCaption(getTranslation("admin.catalog.allAreas"));
    areaFilter.setPlaceholder(getTranslation("admin.catalog.allAreas"));
    areaFilter.setItemLabelGenerator(a -> a == null ? getTranslation("admin.catalog.allAreas") : a.getName());
    areaFilter.addValueChangeListener(e -> refreshProducts());
    Button newProduct = new Button(getTranslation("admin.catalog.product.new"), e -> editProduct(null));
    newProduct.setId("product-new");
    FlexLayout productBar = new FlexLayout(areaFilter, newProduct);
    productBar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    productBar.setAlignItems(FlexComponent.Alignment.BASELINE);
    productBar.getStyle().set("gap", "var(--lumo-space-m)");
    configureProductGrid();

    refreshAreas();
    add(new H2(getTranslation("admin.catalog.title")),
        new H3(getTranslation("admin.catalog.areas")), newArea, areaGrid,
        new H3(getTranslation("admin.catalog.products")), productBar, productGrid);
  }

  private void configureAreaGrid() {
    areaGrid.setId("areas");
    areaGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    areaGrid.setAllRowsVisible(true);
    // Two lines per cell and icon buttons keep the grids narrow enough for a phone.
    areaGrid.addColumn(twoLines(ProductArea::getName, a -> Objects.requireNonNullElse(a.getDescription(), "")))
        .setHeader(getTranslation("admin.catalog.area"))
        .setFlexGrow(1);
    areaGrid.addColumn(a -> activeText(a.isActive())).setHeader(getTranslation("admin.catalog.status")).setAutoWidth(true).setFlexGrow(0);
    areaGrid.addComponentColumn(a -> editButton("area-edit-" + a.getId(), () -> editArea(a))).setAutoWidth(true).setFlexGrow(0);
  }

  private void configureProductGrid() {
    NumberFormat money = NumberFormat.getNumberInstance(getLocale());
    money.setMinimumFractionDigits(2);
    money.setMaximumFractionDigits(2);
    productGrid.setId("products");
    productGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    productGrid.setHeight("50vh");
    productGrid.addColumn(twoLines(Product::getName, p -> areaNames.getOrDefault(p.getAreaId(), "")))
        .setHeader(getTranslation("admin.catalog.product"))
        .setFlexGrow(1);
    productGrid.addColumn(p -> price(money, p.getListPrice(), p.getCurrency()))
        .setHeader(getTranslation("admin.catalog.listPrice")).setAutoWidth(true).setFlexGrow(0);
    productGrid.addColumn(p -> activeText(p.isActive())).setHeader(getTranslation("admin.catalog.status")).setAutoWidth(true).setFlexGrow(0);
    productGrid.addComponentColumn(p -> editButton("product-edit-" + p.getId(), () -> editProduct(p))).setAutoWidth(true).setFlexGrow(0);
  }

  private static String price(NumberFormat money, BigDecimal amount, String currency) {
    return amount == null ? "" : money.format(amount) + " " + currency;
  }

  private String activeText(boolean active) {
    return getTranslation(active ? "admin.catalog.active" : "admin.catalog.inactive");
  }

  private Button editButton(String id, Runnable action) {
    Button edit = new Button(VaadinIcon.EDIT.create(), e -> action.run());
    edit.setId(id);
    edit.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
    edit.setAriaLabel(getTranslation("action.edit"));
    edit.setTooltipText(getTranslation("action.edit"));
    return edit;
  }

  private static <T> LitRenderer<T> twoLines(ValueProvider<T, String> first, ValueProvider<T, String> second) {
    return LitRenderer.<T>of(
            "<div>${item.first}</div>"
                + "<div style=\"font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)\">"
                + "${item.second}</div>")
        .withProperty("first", first)
        .withProperty("second", second);
  }

  private void editArea(ProductArea area) {
    new AreaDialog(catalog, area, this::refreshAreas).open();
  }

  private void editProduct(Product product) {
    Long areaId = product != null ? product.getAreaId() : areaFilter.getValue() == null ? null : areaFilter.getValue().getId();
    new ProductDialog(catalog, product, areas, areaId, this::refreshProducts).open();
  }

  /** Reloads areas, and products with them, because product rows show their area's name. */
  private void refreshAreas() {
    Long selected = areaFilter.getValue() == null ? null : areaFilter.getValue().getId();
    areas = catalog.areas();
    areaNames = areas.stream().collect(Collectors.toMap(ProductArea::getId, ProductArea::getName));
    areaGrid.setItems(areas);
    Map<Long, ProductArea> byId = areas.stream().collect(Collectors.toMap(ProductArea::getId, Function.identity()));
    areaFilter.setItems(areas);
    areaFilter.setValue(selected == null ? null : byId.get(selected));
    refreshProducts();
  }

  private void refreshProducts() {
    productGrid.setItems(catalog.products(areaFilter.getValue() == null ? null : areaFilter.getValue().getId()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("admin.catalog.title");
  }
}
