package org.example.portal.pricingbids.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.Product;
import org.example.portal.feedback.api.IdeaLookup;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.pricingbids.application.BidService;
import org.example.portal.pricingbids.application.CampaignForm;
import org.example.portal.pricingbids.application.DemandAnalysis;
import org.example.portal.pricingbids.domain.BidState;
import org.example.portal.pricingbids.domain.CounterBid;
import org.example.portal.pricingbids.domain.DemandCurve;
import org.example.portal.core.ui.MainLayout;

/**
 * Demand per product or idea for product teams: how many units customers want at each price, the price that
 * brings the most revenue, which requirement choices and tiers the demand comes from; CSV export, the bid
 * terms, and a campaign over the open bids.
 */
@Route(value = "staff/bids/demand", layout = MainLayout.class)
@Menu(title = "menu.bids.demand", order = 61, icon = "vaadin:chart")
@RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
public class DemandView extends Div implements HasDynamicTitle {

  private final DemandAnalysis analysis;
  private final BidService bids;
  private final ComboBox<Product> product = new ComboBox<>();
  private final ComboBox<IdeaRef> idea = new ComboBox<>();
  private final Div report = new Div();

  @Inject
  public DemandView(DemandAnalysis analysis, BidService bids, CatalogService catalog, IdeaLookup ideas) {
    this.analysis = analysis;
    this.bids = bids;
    addClassName("portal-page");
    product.setId("demand-product");
    product.setLabel(getTranslation("bids.product"));
    product.setItems(catalog.products(null));
    product.setItemLabelGenerator(Product::getName);
    product.setWidth("min(28em, 100%)");
    product.addValueChangeListener(e -> {
      if (e.getValue() != null) {
        idea.clear();
        show(analysis.demandFor(e.getValue().getId()));
      }
    });
    // Ideas are found by the words of their title, as similar ideas are.
    idea.setId("demand-idea");
    idea.setLabel(getTranslation("bids.idea"));
    idea.setWidth("min(28em, 100%)");
    idea.setItemLabelGenerator(i -> "#" + i.id() + " " + i.title());
    idea.setItems(query -> ideas.similar(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
    idea.addValueChangeListener(e -> {
      if (e.getValue() != null) {
        product.clear();
        show(analysis.demandForIdea(e.getValue().id()));
      }
    });
    report.setId("demand-report");
    FlexLayout choose = new FlexLayout(product, idea);
    choose.getStyle().set("gap", "var(--lumo-space-m)");
    choose.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    add(new H2(getTranslation("bids.demand.title")), new Paragraph(getTranslation("bids.demand.intro")), choose, report);
  }

  private void show(DemandAnalysis.Report result) {
    report.removeAll();
    DemandCurve curve = result.curve();
    String currency = result.currency();
    String file = result.productId() != null ? "demand-product-" + result.productId() + ".csv" : "demand-idea-" + result.ideaId() + ".csv";
    byte[] csv = DemandAnalysis.csv(result).getBytes(StandardCharsets.UTF_8);
    Anchor download =
        new Anchor(
            DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(csv), file, "text/csv", csv.length)),
            getTranslation("bids.demand.csv"));
    download.setId("demand-csv");
    Runnable again = () -> show(result.ideaId() != null ? analysis.demandForIdea(result.ideaId()) : analysis.demandFor(result.productId()));
    Button terms = new Button(getTranslation("bids.terms.edit"), e -> termsDialog(result, again).open());
    terms.setId("terms-edit");
    // A campaign counters every open bid of the product or idea at once, as choosing them in the queue does.
    Button campaign = new Button(getTranslation("bids.campaign.fromDemand"), e -> {
      List<CounterBid> open = bids.queue(null, result.productId(), result.ideaId(), EnumSet.of(BidState.OPEN), 0, CampaignForm.MAX_BIDS);
      if (open.isEmpty()) {
        Notification.show(getTranslation("bids.campaign.noneOpen"), 4000, Notification.Position.MIDDLE);
      } else {
        new CampaignDialog(bids, open, again).open();
      }
    });
    campaign.setId("demand-campaign");
    FlexLayout tools = new FlexLayout(terms, campaign, download);
    tools.setAlignItems(FlexLayout.Alignment.CENTER);
    tools.getStyle().set("gap", "var(--lumo-space-m)").set("margin", "var(--lumo-space-s) 0");
    report.add(tools);

    if (curve.bids() == 0) {
      report.add(new Paragraph(getTranslation("bids.demand.none")));
      return;
    }
    Paragraph summary = new Paragraph(getTranslation("bids.demand.summary", curve.bids(), curve.totalUnits()));
    summary.setId("demand-summary");
    report.add(summary);
    curve.revenueMaximum().ifPresent(best -> {
      Paragraph optimum = new Paragraph(getTranslation(
          "bids.demand.optimum", BidText.money(best.price(), currency), best.units(), BidText.money(best.revenue(), currency)));
      optimum.setId("demand-optimum");
      optimum.getStyle().set("font-weight", "600");
      report.add(optimum);
    });
    Image chart = new Image(DemandChart.dataUrl(curve, currency, getTranslation("bids.demand.units")), getTranslation("bids.demand.chart"));
    chart.setId("demand-chart");
    chart.setWidth("min(640px, 100%)");
    report.add(chart);

    Grid<DemandCurve.Point> points = new Grid<>();
    points.setId("demand-points");
    points.setAllRowsVisible(curve.points().size() <= 12);
    if (curve.points().size() > 12) {
      points.setHeight("24em");
    }
    points.addColumn(p -> BidText.money(p.price(), currency)).setHeader(getTranslation("bids.unitPrice"));
    points.addColumn(DemandCurve.Point::units).setHeader(getTranslation("bids.demand.unitsAtOrAbove"));
    points.addColumn(p -> BidText.money(p.revenue(), currency)).setHeader(getTranslation("bids.demand.revenue"));
    points.setItems(curve.points());
    report.add(points);

    if (!curve.optionShares().isEmpty()) {
      report.add(new H3(getTranslation("bids.demand.byOption")));
      Grid<DemandCurve.OptionShare> options = new Grid<>();
      options.setId("demand-options");
      options.setAllRowsVisible(true);
      options.addColumn(s -> s.option().group()).setHeader(getTranslation("bids.terms.group"));
      options.addColumn(s -> s.option().choice()).setHeader(getTranslation("bids.terms.choice"));
      options.addColumn(DemandCurve.OptionShare::units).setHeader(getTranslation("bids.demand.units"));
      options.addColumn(s -> percent(s.share())).setHeader(getTranslation("bids.demand.share"));
      options.setItems(curve.optionShares());
      report.add(options);
    }
    report.add(new H3(getTranslation("bids.demand.byTier")));
    Grid<DemandCurve.TierShare> tiers = new Grid<>();
    tiers.setId("demand-tiers");
    tiers.setAllRowsVisible(true);
    tiers.addColumn(t -> getTranslation("tier." + t.tier().name())).setHeader(getTranslation("bids.customerTier"));
    tiers.addColumn(DemandCurve.TierShare::bids).setHeader(getTranslation("bids.demand.bids"));
    tiers.addColumn(DemandCurve.TierShare::units).setHeader(getTranslation("bids.demand.units"));
    tiers.addColumn(t -> percent(t.share())).setHeader(getTranslation("bids.demand.share"));
    tiers.setItems(curve.tierShares());
    report.add(tiers);
  }

  private TermsDialog termsDialog(DemandAnalysis.Report result, Runnable saved) {
    if (result.ideaId() != null) {
      long ideaId = result.ideaId();
      return new TermsDialog(result.name(), result.currency(), bids.ideaTerms(ideaId), form -> bids.defineIdeaTerms(ideaId, form), saved);
    }
    long productId = result.productId();
    return new TermsDialog(result.name(), result.currency(), bids.productTerms(productId), form -> bids.defineProductTerms(productId, form), saved);
  }

  private static String percent(java.math.BigDecimal share) {
    return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
  }

  @Override
  public String getPageTitle() {
    return getTranslation("bids.demand.title");
  }
}
