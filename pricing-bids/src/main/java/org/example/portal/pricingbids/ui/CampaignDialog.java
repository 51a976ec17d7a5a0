package org.example.portal.pricingbids.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.pricingbids.application.BidForm;
import org.example.portal.pricingbids.application.BidService;
import org.example.portal.pricingbids.application.CampaignForm;
import org.example.portal.pricingbids.domain.Campaign;
import org.example.portal.pricingbids.domain.CounterBid;

/** Counters the chosen bids at once: a price, the minimum units to commit, and the days customers have. */
class CampaignDialog extends Dialog {

  CampaignDialog(BidService bids, List<CounterBid> chosen, Runnable started) {
    setHeaderTitle(getTranslation("bids.campaign.title"));
    setWidth("min(34em, 100%)");
    long units = chosen.stream().mapToLong(CounterBid::getQuantity).sum();
    add(new Paragraph(getTranslation("bids.campaign.intro", chosen.size(), units)));
    BigDecimalField price = new BigDecimalField(getTranslation("bids.unitPrice"));
    price.setId("campaign-price");
    price.setSuffixComponent(new Span(chosen.get(0).getCurrency()));
    IntegerField minimum = new IntegerField(getTranslation("bids.campaign.minUnits"));
    minimum.setId("campaign-min-units");
    minimum.setMin(1);
    minimum.setValue((int) Math.min(units, Integer.MAX_VALUE));
    IntegerField days = new IntegerField(getTranslation("bids.openDays"));
    days.setId("campaign-days");
    days.setMin(1);
    days.setMax(BidForm.MAX_OPEN_DAYS);
    days.setValue(CampaignForm.DEFAULT_OPEN_DAYS);
    TextArea requirements = new TextArea(getTranslation("bids.requirements"));
    requirements.setId("campaign-requirements");
    requirements.setMaxLength(CounterBid.REQUIREMENTS_MAX_LENGTH);
    TextArea message = new TextArea(getTranslation("bids.counter.message"));
    message.setId("campaign-message");
    message.setMaxLength(CounterBid.MESSAGE_MAX_LENGTH);
    FormLayout form = new FormLayout(price, minimum, days, requirements, message);
    form.setColspan(requirements, 2);
    form.setColspan(message, 2);
    add(form);

    Map<String, HasValidation> fields =
        Map.of("unitPrice", price, "minUnits", minimum, "openDays", days, "requirements", requirements, "message", message);
    Button send = new Button(getTranslation("bids.campaign.send"), e -> {
      try {
        Campaign campaign = bids.startCampaign(
            SignedInUser.current().orElseThrow().id(),
            new CampaignForm(
                chosen.stream().map(CounterBid::getId).toList(),
                price.getValue(),
                minimum.getValue() == null ? null : minimum.getValue().longValue(),
                days.getValue(),
                requirements.getValue().isBlank() ? null : requirements.getValue(),
                List.of(),
                message.getValue().isBlank() ? null : message.getValue()));
        close();
        Notification.show(getTranslation("bids.campaign.started", campaign.getId(), chosen.size()), 4000, Notification.Position.BOTTOM_START);
        started.run();
      } catch (RuntimeException failure) {
        FormErrors.show(failure, fields);
      }
    });
    send.setId("campaign-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
  }
}
