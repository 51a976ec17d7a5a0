package org.example.portal.pricingbids.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.feedback.api.IdeaLookup;
import org.example.portal.pricingbids.application.BidService;
import org.example.portal.pricingbids.application.DemandAnalysis;
import org.example.portal.pricingbids.domain.CounterBid;

/** A customer's bids, newest first, and the way to place a new one. */
@Route(value = "bids", layout = MainLayout.class)
@Menu(title = "menu.bids", order = 30, icon = "vaadin:money-exchange")
@RolesAllowed(Role.Names.CUSTOMER)
public class MyBidsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private static final String SECONDARY = "font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)";

  private final BidService bids;
  private final CatalogService catalog;
  private final IdeaLookup ideas;
  private final DemandAnalysis demand;
  private final Grid<CounterBid> grid = new Grid<>(CounterBid.class, false);
  private final Paragraph empty = new Paragraph();

  @Inject
  public MyBidsView(BidService bids, CatalogService catalog, IdeaLookup ideas, DemandAnalysis demand) {
    this.bids = bids;
    this.catalog = catalog;
    this.ideas = ideas;
    this.demand = demand;
    addClassName("portal-page");

    Button place = new Button(getTranslation("bids.place"), e -> new PlaceBidDialog(bids, catalog, demand, null, this::placed).open());
    place.setId("bid-new");
    place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    empty.setText(getTranslation("bids.mine.empty"));
    grid.setId("my-bids");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.addColumn(
            LitRenderer.<CounterBid>of("<div>${item.product}</div><div style=\"" + SECONDARY + "\">${item.details}</div>")
                .withProperty("product", bids::productName)
                .withProperty("details", b -> b.getQuantity() + " × " + BidText.money(b.getUnitPrice(), b.getCurrency())
                    + (b.getOptions().isEmpty() ? "" : " · " + BidText.options(b.getOptions()))))
        .setHeader(getTranslation("bids.bid"))
        .setFlexGrow(1);
    grid.addComponentColumn(b -> BidText.stateBadge(this, b.getState())).setHeader(getTranslation("bids.state")).setAutoWidth(true).setFlexGrow(0);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(BidView.class, BidView.parameters(e.getItem().getId()))));
    refresh();
    add(new H2(getTranslation("bids.mine.title")), new Paragraph(getTranslation("bids.mine.intro")), place, empty, grid);
  }

  /** {@code bids?idea=ID}, the link on an idea's page, opens the bid dialog for that idea. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.getLocation().getQueryParameters().getParameters().getOrDefault("idea", List.of()).stream()
        .filter(s -> s.matches("[0-9]{1,18}"))
        .findFirst()
        .flatMap(id -> ideas.find(Long.parseLong(id)))
        .ifPresent(idea -> new PlaceBidDialog(bids, catalog, demand, idea, this::placed).open());
  }

  private void placed(CounterBid bid) {
    getUI().ifPresent(ui -> ui.navigate(BidView.class, BidView.parameters(bid.getId())));
  }

  private void refresh() {
    long me = SignedInUser.current().orElseThrow().id();
    List<CounterBid> mine = bids.bidsOf(me);
    grid.setItems(mine);
    grid.setVisible(!mine.isEmpty());
    empty.setVisible(mine.isEmpty());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("bids.mine.title");
  }
}
