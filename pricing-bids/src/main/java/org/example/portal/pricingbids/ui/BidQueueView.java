package org.example.portal.pricingbids.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.pricingbids.application.BidService;
import org.example.portal.pricingbids.domain.BidState;
import org.example.portal.pricingbids.domain.CounterBid;

/** The product team's bid queue per product area, oldest first; a click opens the bid to decide it. */
@Route(value = "staff/bids", layout = MainLayout.class)
@Menu(title = "menu.bids.queue", order = 60, icon = "vaadin:gavel")
@RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
public class BidQueueView extends Div implements HasDynamicTitle {

  private static final String SECONDARY = "font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)";
  private static final int PAGE = 500;

  private final BidService bids;
  private final Select<ProductArea> area = new Select<>();
  private final MultiSelectComboBox<BidState> states = new MultiSelectComboBox<>();
  private final Grid<CounterBid> grid = new Grid<>(CounterBid.class, false);

  @Inject
  public BidQueueView(BidService bids, CatalogService catalog) {
    this.bids = bids;
    addClassName("portal-page");

    area.setId("queue-area");
    area.setLabel(getTranslation("bids.queue.area"));
    area.setItems(catalog.areas());
    // No area chosen means every area.
    area.setEmptySelectionAllowed(true);
    area.setEmptySelectionCaption(getTranslation("bids.queue.allAreas"));
    area.setItemLabelGenerator(a -> a == null ? getTranslation("bids.queue.allAreas") : a.getName());
    area.addValueChangeListener(e -> refresh());
    states.setId("queue-states");
    states.setLabel(getTranslation("bids.state"));
    states.setItems(BidState.values());
    states.setItemLabelGenerator(s -> getTranslation("bids.state." + s.name()));
    states.setValue(EnumSet.of(BidState.OPEN));
    states.addValueChangeListener(e -> refresh());
    Button campaign = new Button(getTranslation("bids.campaign.start"), e -> startCampaign());
    campaign.setId("campaign-start");
    campaign.setEnabled(false);
    FlexLayout filters = new FlexLayout(area, states, campaign);
    filters.setAlignItems(FlexLayout.Alignment.BASELINE);
    filters.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");

    grid.setId("bid-queue");
    // Open bids of one product or one idea can be chosen together and countered at once as a campaign.
    grid.setSelectionMode(Grid.SelectionMode.MULTI);
    grid.addSelectionListener(e -> campaign.setEnabled(
        !e.getAllSelectedItems().isEmpty() && e.getAllSelectedItems().stream().allMatch(b -> b.getState() == BidState.OPEN)));
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setHeight("60vh");
    grid.addColumn(
            LitRenderer.<CounterBid>of("<div>${item.product}</div><div style=\"" + SECONDARY + "\">${item.details}</div>")
                .withProperty("product", bids::productName)
                .withProperty("details", b -> Stream.of(BidText.options(b.getOptions()), b.getRequirements())
                    .filter(t -> t != null && !t.isBlank())
                    .collect(Collectors.joining(" · "))))
        .setHeader(getTranslation("bids.bid"))
        .setFlexGrow(2);
    grid.addColumn(b -> b.getQuantity() + " × " + BidText.money(b.getUnitPrice(), b.getCurrency()))
        .setHeader(getTranslation("bids.offer")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(b -> getTranslation("tier." + b.getCustomerTier().name())).setHeader(getTranslation("bids.customerTier")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(b -> getTranslation("bids.age.days", Duration.between(b.getCreatedAt(), Instant.now()).toDays()))
        .setHeader(getTranslation("bids.age")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(b -> BidText.stateBadge(this, b.getState())).setHeader(getTranslation("bids.state")).setAutoWidth(true).setFlexGrow(0);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(BidView.class, BidView.parameters(e.getItem().getId()))));

    refresh();
    add(new H2(getTranslation("bids.queue.title")), filters, grid);
  }

  private void startCampaign() {
    List<CounterBid> chosen = List.copyOf(grid.getSelectedItems());
    if (chosen.stream().map(b -> Arrays.asList(b.getProductId(), b.getIdeaId())).distinct().count() > 1) {
      Notification.show(getTranslation("bids.campaign.oneSubject"), 4000, Notification.Position.MIDDLE);
      return;
    }
    new CampaignDialog(bids, chosen, this::refresh).open();
  }

  private void refresh() {
    Long areaId = area.getValue() == null ? null : area.getValue().getId();
    grid.deselectAll();
    grid.setItems(bids.queue(areaId, null, null, states.getValue(), 0, PAGE));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("bids.queue.title");
  }
}
