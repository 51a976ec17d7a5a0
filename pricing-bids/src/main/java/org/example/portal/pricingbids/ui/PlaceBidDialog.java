package org.example.portal.pricingbids.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.Product;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.core.ui.chart.BarChart;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.pricingbids.application.BidForm;
import org.example.portal.pricingbids.application.BidService;
import org.example.portal.pricingbids.application.ChoiceForm;
import org.example.portal.pricingbids.application.DemandAnalysis;
import org.example.portal.pricingbids.domain.BidTerms;
import org.example.portal.pricingbids.domain.CounterBid;
import org.example.portal.pricingbids.domain.DemandCurve;

/**
 * One screen to bid: the product (or the idea the customer came from), the requirement choices its team offers
 * for it, free-text wishes, price and quantity.
 */
class PlaceBidDialog extends Dialog {

  private final BidService bids;
  private final ComboBox<Product> product = new ComboBox<>();
  private final Div choices = new Div();
  private final List<CheckboxGroup<String>> groups = new ArrayList<>();
  private final TextArea requirements = new TextArea();
  private final BigDecimalField unitPrice = new BigDecimalField();
  private final Span currency = new Span();
  private final IntegerField quantity = new IntegerField();
  private final IntegerField openDays = new IntegerField();
  private final IdeaRef idea;
  private final DemandAnalysis demand;
  private final Div priceRanges = new Div();

  /** @param idea the idea to bid on, or null to bid on a product chosen here */
  PlaceBidDialog(BidService bids, CatalogService catalog, DemandAnalysis demand, IdeaRef idea, Consumer<CounterBid> placed) {
    this.bids = bids;
    this.idea = idea;
    this.demand = demand;
    setHeaderTitle(idea == null ? getTranslation("bids.place") : getTranslation("bids.place.idea", idea.title()));
    setWidth("min(40em, 100%)");

    Map<Long, String> areaNames = new HashMap<>();
    catalog.areas().forEach(a -> areaNames.put(a.getId(), a.getName()));
    product.setId("bid-product");
    product.setLabel(getTranslation("bids.product"));
    product.setItems(catalog.products(null).stream().filter(Product::isActive).filter(p -> isActiveArea(catalog, p)).toList());
    product.setItemLabelGenerator(p -> p.getName() + " (" + areaNames.getOrDefault(p.getAreaId(), "") + ")");
    product.setRequiredIndicatorVisible(true);
    product.addValueChangeListener(e -> {
      currency.setText(e.getValue() == null ? "" : e.getValue().getCurrency());
      showTerms(e.getValue() == null ? null : bids.productTerms(e.getValue().getId()));
      showPriceRanges(e.getValue() == null ? null : demand.demandFor(e.getValue().getId()));
    });
    requirements.setId("bid-requirements");
    requirements.setLabel(getTranslation("bids.requirements"));
    requirements.setHelperText(getTranslation("bids.requirements.help"));
    requirements.setMaxLength(CounterBid.REQUIREMENTS_MAX_LENGTH);
    unitPrice.setId("bid-price");
    unitPrice.setLabel(getTranslation("bids.unitPrice"));
    unitPrice.setSuffixComponent(currency);
    unitPrice.setRequiredIndicatorVisible(true);
    quantity.setId("bid-quantity");
    quantity.setLabel(getTranslation("bids.quantity"));
    quantity.setMin(1);
    quantity.setMax(BidForm.MAX_QUANTITY);
    quantity.setValue(1);
    quantity.setStepButtonsVisible(true);
    quantity.setRequiredIndicatorVisible(true);
    openDays.setId("bid-days");
    openDays.setLabel(getTranslation("bids.openDays"));
    openDays.setHelperText(getTranslation("bids.openDays.help", BidForm.MAX_OPEN_DAYS));
    openDays.setMin(1);
    openDays.setMax(BidForm.MAX_OPEN_DAYS);
    openDays.setValue(BidForm.DEFAULT_OPEN_DAYS);

    if (idea != null) {
      product.setVisible(false);
      currency.setText(bids.ideaCurrency());
      requirements.setHelperText(getTranslation("bids.requirements.idea"));
      showTerms(bids.ideaTerms(idea.id()));
      showPriceRanges(demand.demandForIdea(idea.id()));
    }
    priceRanges.setId("bid-price-ranges");
    FormLayout form = new FormLayout(product, choices, requirements, unitPrice, quantity, openDays, priceRanges);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
    form.setColspan(product, 2);
    form.setColspan(choices, 2);
    form.setColspan(requirements, 2);
    form.setColspan(priceRanges, 2);
    add(form);

    Map<String, HasValidation> fields =
        Map.of("productId", product, "requirements", requirements, "unitPrice", unitPrice, "quantity", quantity, "openDays", openDays);
    Button submit = new Button(getTranslation("bids.submit"), e -> {
      try {
        CounterBid bid = bids.placeBid(SignedInUser.current().orElseThrow().id(), form());
        close();
        Notification.show(getTranslation("bids.placed"), 4000, Notification.Position.BOTTOM_START);
        placed.accept(bid);
      } catch (RuntimeException failure) {
        FormErrors.show(failure, fields);
      }
    });
    submit.setId("bid-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("action.cancel"), e -> close());
    getFooter().add(cancel, submit);
  }

  private static boolean isActiveArea(CatalogService catalog, Product p) {
    return catalog.findArea(p.getAreaId()).map(ProductArea::isActive).orElse(false);
  }

  /** The choices and minimum quantity of the product or idea, or none while no product is chosen. */
  private void showTerms(BidTerms terms) {
    choices.removeAll();
    groups.clear();
    if (terms == null) {
      quantity.setMin(1);
      quantity.setHelperText(null);
      return;
    }
    terms.groups().forEach((group, values) -> {
      CheckboxGroup<String> box = new CheckboxGroup<>(group, values);
      box.setId("bid-option-" + groups.size());
      groups.add(box);
      choices.add(box);
    });
    if (terms.getMinQuantity() != null) {
      quantity.setMin(terms.getMinQuantity());
      quantity.setHelperText(getTranslation("bids.quantity.min", terms.getMinQuantity()));
      if (quantity.getValue() == null || quantity.getValue() < terms.getMinQuantity()) {
        quantity.setValue(terms.getMinQuantity());
      }
    } else {
      quantity.setMin(1);
      quantity.setHelperText(null);
    }
  }

  /**
   * What others offered, as counts per round price range, so a customer can place their price; nothing but a
   * hint until enough bids exist that no single one can be recognised.
   */
  private void showPriceRanges(DemandAnalysis.Report report) {
    priceRanges.removeAll();
    if (report == null) {
      return;
    }
    List<DemandCurve.Bucket> ranges = DemandAnalysis.priceRanges(report);
    if (ranges.isEmpty()) {
      priceRanges.add(new Span(getTranslation("bids.ranges.tooFew", DemandCurve.MIN_BIDS_FOR_HISTOGRAM)));
      return;
    }
    String title = getTranslation("bids.ranges.title");
    priceRanges.add(new Span(title), new BarChart(title, ranges.stream()
        .map(r -> new BarChart.Bar(BidText.money(r.from(), report.currency()) + " – " + BidText.money(r.to(), report.currency()), r.bids()))
        .toList()));
  }

  private BidForm form() {
    List<ChoiceForm> chosen = new ArrayList<>();
    groups.forEach(g -> g.getValue().forEach(v -> chosen.add(new ChoiceForm(g.getLabel(), v))));
    return new BidForm(
        idea != null || product.getValue() == null ? null : product.getValue().getId(),
        idea == null ? null : idea.id(),
        chosen,
        requirements.getValue().isBlank() ? null : requirements.getValue(),
        unitPrice.getValue(),
        quantity.getValue(),
        openDays.getValue());
  }
}
