package org.example.portal.prototypes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.example.portal.prototypes.domain.RequestState;

/** How the samples screens show states and dates. */
final class SampleText {

  private SampleText() {}

  static Span stateBadge(Component owner, RequestState state) {
    Span badge = new Span(owner.getTranslation("samples.state." + state.name()));
    badge.getElement().getThemeList().add("badge");
    badge.getElement().getThemeList().add(switch (state) {
      case APPROVED, SHIPPED, DELIVERED, FEEDBACK_RECEIVED -> "success";
      case DECLINED -> "contrast";
      case FEEDBACK_DUE -> "warning";
      case OVERDUE -> "error";
      case APPLIED -> "primary";
    });
    badge.addClassName("sample-state");
    return badge;
  }

  /** A day, the same for every reader: due dates are counted in UTC. */
  static String day(Component owner, Instant at) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(owner.getUI().map(UI::getLocale).orElse(Locale.ENGLISH))
        .withZone(ZoneOffset.UTC)
        .format(at);
  }

  /** Label and value pairs as short paragraphs; pairs without a value are left out. */
  static Div facts(String... labelsAndValues) {
    Div facts = new Div();
    facts.addClassName("sample-facts");
    for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
      String value = labelsAndValues[i + 1];
      if (labelsAndValues[i] == null || value == null || value.isBlank()) {
        continue;
      }
      Span label = new Span(labelsAndValues[i] + ": ");
      label.getStyle().set("color", "var(--lumo-secondary-text-color)");
      facts.add(new Paragraph(label, new Span(value)));
    }
    return facts;
  }
}
