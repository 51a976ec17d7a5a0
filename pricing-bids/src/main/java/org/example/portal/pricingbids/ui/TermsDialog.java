package org.example.portal.pricingbids.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.ui.SaveFooter;
import org.example.portal.pricingbids.application.ChoiceForm;
import org.example.portal.pricingbids.application.TermsForm;
import org.example.portal.pricingbids.domain.BidTerms;

/**
 * The bid terms of a product or an idea: the price floor, the minimum quantity and the requirement choices,
 * one per line as "Group: choice" (for example "Colour: Forest green").
 */
class TermsDialog extends Dialog {

  /**
   * @param name the product's name or the idea's title
   * @param terms the terms as they are now
   * @param save stores the edited terms (for the product or for the idea)
   */
  TermsDialog(String name, String currency, BidTerms terms, Consumer<TermsForm> save, Runnable saved) {
    setHeaderTitle(getTranslation("bids.terms.title", name));
    setWidth("min(36em, 100%)");
    BigDecimalField floor = new BigDecimalField(getTranslation("bids.terms.floor"));
    floor.setId("terms-floor");
    floor.setHelperText(getTranslation("bids.terms.floor.help"));
    floor.setSuffixComponent(new Span(currency));
    floor.setValue(terms.getPriceFloor());
    IntegerField minimum = new IntegerField(getTranslation("bids.terms.minQuantity"));
    minimum.setId("terms-min-quantity");
    minimum.setMin(1);
    minimum.setValue(terms.getMinQuantity());
    TextArea options = new TextArea(getTranslation("bids.terms.options"));
    options.setId("terms-options");
    options.setHelperText(getTranslation("bids.terms.options.help"));
    options.setValue(terms.getOptions().stream().map(o -> o.group() + ": " + o.choice()).collect(Collectors.joining("\n")));
    options.setMinHeight("10em");
    FormLayout form = new FormLayout(floor, minimum, options);
    form.setColspan(options, 2);
    add(form);

    Map<String, HasValidation> fields = Map.of("priceFloor", floor, "minQuantity", minimum, "options", options);
    SaveFooter.add(this, "terms", fields, () -> {
      List<ChoiceForm> choices = new ArrayList<>();
      for (String line : options.getValue().split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new InvalidInputException("options", getTranslation("bids.terms.options.format", line.strip()));
        }
        choices.add(new ChoiceForm(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
      }
      save.accept(new TermsForm(floor.getValue(), minimum.getValue(), choices));
    }, saved);
  }
}
