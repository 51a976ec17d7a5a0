package org.example.portal.pricingbids.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.pricingbids.application.BidForm;
import org.example.portal.pricingbids.application.BidService;
import org.example.portal.pricingbids.application.CounterForm;
import org.example.portal.pricingbids.application.DeclineForm;
import org.example.portal.pricingbids.application.OrderForm;
import org.example.portal.pricingbids.domain.BidHistoryEntry;
import org.example.portal.pricingbids.domain.BidState;
import org.example.portal.pricingbids.domain.Campaign;
import org.example.portal.pricingbids.domain.CounterBid;
import org.example.portal.pricingbids.domain.OrderStatus;

/**
 * One bid, for its customer and for staff: the offer, a counteroffer to answer, the order it became and
 * its history. Customers withdraw or answer here; product managers accept, counter, decline and move the
 * order forward. E-mails link to this page.
 */
@Route(value = "bids/:id([0-9]+)", layout = MainLayout.class)
@RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class BidView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final BidService bids;
  private CounterBid bid;
  private String title = "";

  @Inject
  public BidView(BidService bids) {
    this.bids = bids;
    addClassName("portal-page");
  }

  static RouteParameters parameters(long id) {
    return new RouteParameters("id", String.valueOf(id));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedInUser me = SignedInUser.current().orElseThrow();
    long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
    try {
      bid = bids.viewBid(me.id(), me.isStaff(), id);
    } catch (NotFoundException e) {
      // Someone else's bid looks exactly like one that does not exist.
      event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("bids.notFound"));
      return;
    }
    render();
  }

  private void render() {
    removeAll();
    SignedInUser me = SignedInUser.current().orElseThrow();
    boolean owner = bid.getCustomerId() == me.id();
    boolean decides = me.hasRole(Role.PRODUCT_MANAGER) || me.hasRole(Role.ADMIN);
    String product = bids.productName(bid);
    title = getTranslation("bids.bid.title", product);

    FlexLayout heading = new FlexLayout(new H2(title), BidText.stateBadge(this, bid.getState()));
    heading.setAlignItems(FlexLayout.Alignment.BASELINE);
    heading.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
    add(heading);

    add(facts(
        getTranslation("bids.offer"), bid.getQuantity() + " × " + BidText.money(bid.getUnitPrice(), bid.getCurrency()),
        getTranslation("bids.options"), BidText.options(bid.getOptions()),
        getTranslation("bids.requirements"), bid.getRequirements(),
        getTranslation("bids.placedAt"), BidText.date(this, bid.getCreatedAt()),
        getTranslation(bid.getState().isOpen() ? "bids.expiresAt" : "bids.decidedAt"),
        BidText.date(this, bid.getState().isOpen() ? bid.getExpiresAt() : bid.getDecidedAt()),
        getTranslation("bids.declineReason"), bid.getDeclineReason(),
        decides ? getTranslation("bids.customerTier") : null, decides ? getTranslation("tier." + bid.getCustomerTier().name()) : null));

    if (bid.getCounterPrice() != null) {
      add(new H3(getTranslation("bids.counteroffer")));
      Div counter = facts(
          getTranslation("bids.offer"),
          (bid.getCounterQuantity() == null ? bid.getQuantity() : bid.getCounterQuantity()) + " × " + BidText.money(bid.getCounterPrice(), bid.getCurrency()),
          getTranslation("bids.options"), BidText.options(bid.getCounterOptions()),
          getTranslation("bids.requirements"), bid.getCounterRequirements(),
          getTranslation("bids.counter.message"), bid.getCounterMessage(),
          getTranslation("bids.expiresAt"), BidText.date(this, bid.getCounterExpiresAt()));
      counter.setId("counteroffer");
      add(counter);
      if (bid.getCampaignId() != null) {
        Campaign campaign = bids.campaign(bid.getCampaignId());
        Paragraph progress = new Paragraph(getTranslation(
            "bids.campaign.progress", bids.progress(campaign.getId()).committedUnits(), campaign.getMinUnits(),
            BidText.date(this, campaign.getDeadline())));
        progress.setId("campaign-progress");
        add(progress);
      }
    }

    FlexLayout actions = new FlexLayout();
    actions.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
    if (owner && bid.getState() == BidState.COUNTERED) {
      actions.add(
          action("bid-accept-counter", bid.getCampaignId() == null ? "bids.counter.accept" : "bids.campaign.commit", ButtonVariant.LUMO_PRIMARY,
              () -> bids.acceptCounteroffer(me.id(), bid.getId())),
          action("bid-decline-counter", "bids.counter.decline", ButtonVariant.LUMO_ERROR, () -> bids.declineCounteroffer(me.id(), bid.getId())));
    }
    if (owner && bid.getState().isOpen()) {
      actions.add(action("bid-withdraw", "bids.withdraw", ButtonVariant.LUMO_TERTIARY, () -> bids.withdrawBid(me.id(), bid.getId())));
    }
    if (decides && bid.getState() == BidState.OPEN) {
      actions.add(
          action("bid-accept", "bids.accept", ButtonVariant.LUMO_PRIMARY, () -> bids.acceptBid(me.id(), bid.getId())),
          dialogButton("bid-counter", "bids.counter", () -> counterDialog(me.id())),
          dialogButton("bid-decline", "bids.decline", () -> declineDialog(me.id())));
    }
    add(actions);

    if (bid.getOrderStatus() != null) {
      add(orderSection(decides, me.id()));
    }

    add(new H3(getTranslation("bids.history")));
    UnorderedList history = new UnorderedList();
    history.setId("bid-history");
    for (BidHistoryEntry e : bid.getHistory()) {
      String text = BidText.date(this, e.getAt()) + " · " + getTranslation("bids.state." + e.getTo().name())
          + (e.getNote() == null ? "" : " · " + e.getNote());
      history.add(new ListItem(text));
    }
    add(history);
  }

  private Div orderSection(boolean decides, long me) {
    Div order = new Div();
    order.setId("order");
    BigDecimal total = bid.agreedUnitPrice().multiply(BigDecimal.valueOf(bid.agreedQuantity()));
    order.add(new H3(getTranslation("bids.order.title", bid.getId())));
    order.add(facts(
        getTranslation("bids.order.status"), getTranslation("bids.order.status." + bid.getOrderStatus().name()),
        getTranslation("bids.offer"), bid.agreedQuantity() + " × " + BidText.money(bid.agreedUnitPrice(), bid.getCurrency()),
        getTranslation("bids.order.total"), BidText.money(total, bid.getCurrency()),
        getTranslation("bids.order.carrier"), bid.getOrderCarrier(),
        getTranslation("bids.order.tracking"), bid.getOrderTracking()));
    if (decides && bid.getOrderStatus() != OrderStatus.DELIVERED) {
      Select<OrderStatus> next = new Select<>();
      next.setId("order-status");
      next.setLabel(getTranslation("bids.order.next"));
      List<OrderStatus> later = Arrays.stream(OrderStatus.values()).filter(s -> s.ordinal() > bid.getOrderStatus().ordinal()).toList();
      next.setItems(later);
      next.setValue(later.get(0));
      next.setItemLabelGenerator(s -> getTranslation("bids.order.status." + s.name()));
      TextField carrier = new TextField(getTranslation("bids.order.carrier"));
      carrier.setId("order-carrier");
      TextField tracking = new TextField(getTranslation("bids.order.tracking"));
      tracking.setId("order-tracking");
      Map<String, HasValidation> fields = Map.of("status", next, "carrier", carrier, "trackingNumber", tracking);
      Button save = new Button(getTranslation("bids.order.save"), e -> {
        try {
          bid = bids.advanceOrder(me, bid.getId(), new OrderForm(next.getValue(), carrier.getValue(), tracking.getValue()));
          render();
        } catch (RuntimeException failure) {
          FormErrors.show(failure, fields);
        }
      });
      save.setId("order-save");
      FormLayout form = new FormLayout(next, carrier, tracking, save);
      order.add(form);
    }
    return order;
  }

  private Button action(String id, String key, ButtonVariant variant, Supplier<CounterBid> change) {
    Button button = new Button(getTranslation(key), e -> {
      try {
        bid = change.get();
        Notification.show(getTranslation("bids.saved"), 3000, Notification.Position.BOTTOM_START);
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of());
        reload();
      }
      render();
    });
    button.setId(id);
    button.addThemeVariants(variant);
    return button;
  }

  private Button dialogButton(String id, String key, Runnable open) {
    Button button = new Button(getTranslation(key), e -> open.run());
    button.setId(id);
    return button;
  }

  private void counterDialog(long me) {
    Dialog dialog = new Dialog(getTranslation("bids.counter"));
    dialog.setWidth("min(32em, 100%)");
    BigDecimalField price = new BigDecimalField(getTranslation("bids.unitPrice"));
    price.setId("counter-price");
    price.setSuffixComponent(new Span(bid.getCurrency()));
    IntegerField quantity = new IntegerField(getTranslation("bids.quantity"));
    quantity.setId("counter-quantity");
    quantity.setValue(bid.getQuantity());
    quantity.setMin(1);
    quantity.setMax(BidForm.MAX_QUANTITY);
    TextArea requirements = new TextArea(getTranslation("bids.requirements"));
    requirements.setId("counter-requirements");
    requirements.setMaxLength(CounterBid.REQUIREMENTS_MAX_LENGTH);
    TextArea message = new TextArea(getTranslation("bids.counter.message"));
    message.setId("counter-message");
    message.setMaxLength(CounterBid.MESSAGE_MAX_LENGTH);
    IntegerField days = new IntegerField(getTranslation("bids.openDays"));
    days.setId("counter-days");
    days.setValue(CounterForm.DEFAULT_OPEN_DAYS);
    days.setMin(1);
    days.setMax(BidForm.MAX_OPEN_DAYS);
    FormLayout form = new FormLayout(price, quantity, requirements, message, days);
    dialog.add(form);
    Map<String, HasValidation> fields =
        Map.of("unitPrice", price, "quantity", quantity, "requirements", requirements, "message", message, "openDays", days);
    Button send = new Button(getTranslation("bids.counter.send"), e -> {
      try {
        bid = bids.counterBid(me, bid.getId(), new CounterForm(price.getValue(), quantity.getValue(), blankToNull(requirements.getValue()),
            List.of(), blankToNull(message.getValue()), days.getValue()));
        dialog.close();
        render();
      } catch (RuntimeException failure) {
        FormErrors.show(failure, fields);
      }
    });
    send.setId("counter-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
    dialog.open();
  }

  private void declineDialog(long me) {
    Dialog dialog = new Dialog(getTranslation("bids.decline"));
    dialog.setWidth("min(32em, 100%)");
    TextArea reason = new TextArea(getTranslation("bids.declineReason"));
    reason.setId("decline-reason");
    reason.setHelperText(getTranslation("bids.declineReason.help"));
    reason.setMaxLength(CounterBid.REASON_MAX_LENGTH);
    reason.setWidthFull();
    dialog.add(reason);
    Button send = new Button(getTranslation("bids.decline"), e -> {
      try {
        bid = bids.declineBid(me, bid.getId(), new DeclineForm(reason.getValue()));
        dialog.close();
        render();
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of("reason", reason));
      }
    });
    send.setId("decline-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
    dialog.open();
  }

  /** After a refused change (for example someone else decided first) the page shows what is true now. */
  private void reload() {
    SignedInUser me = SignedInUser.current().orElseThrow();
    bid = bids.viewBid(me.id(), me.isStaff(), bid.getId());
  }

  /** Label and value pairs; pairs without a value are left out. */
  private static Div facts(String... labelsAndValues) {
    Div facts = new Div();
    facts.addClassName("bid-facts");
    for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
      String label = labelsAndValues[i];
      String value = labelsAndValues[i + 1];
      if (label == null || value == null || value.isBlank()) {
        continue;
      }
      Span l = new Span(label + ": ");
      l.getStyle().set("color", "var(--lumo-secondary-text-color)");
      facts.add(new Paragraph(l, new Span(value)));
    }
    return facts;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
