package org.example.portal.pricingbids.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.example.portal.pricingbids.application.BidService;
import org.example.portal.pricingbids.domain.BidState;
import org.example.portal.pricingbids.domain.OptionChoice;

/** How bids read on screen: states as coloured badges, money with its currency, dates in the reader's locale. */
final class BidText {

  private BidText() {}

  static Span stateBadge(Component owner, BidState state) {
    Span badge = new Span(owner.getTranslation("bids.state." + state.name()));
    badge.getElement().getThemeList().add("badge");
    badge.getElement().getThemeList().add(switch (state) {
      case ACCEPTED, COMMITTED -> "success";
      case DECLINED, COUNTER_DECLINED, EXPIRED, WITHDRAWN, RELEASED -> "contrast";
      case COUNTERED -> "warning";
      case OPEN -> "primary";
    });
    badge.addClassName("bid-state");
    return badge;
  }

  static String money(BigDecimal amount, String currency) {
    return BidService.money(amount, currency);
  }

  static String date(Component owner, Instant at) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(owner.getUI().map(UI::getLocale).orElse(Locale.ENGLISH))
        .withZone(ZoneId.systemDefault())
        .format(at);
  }

  static String options(List<OptionChoice> options) {
    return options.stream().map(OptionChoice::toString).collect(Collectors.joining(", "));
  }
}
