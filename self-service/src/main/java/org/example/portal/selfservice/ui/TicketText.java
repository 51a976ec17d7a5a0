package org.example.portal.selfservice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.SlaState;
import org.example.portal.selfservice.domain.TicketStatus;

/** How tickets read on screen: status, priority and SLA badges, and times. */
final class TicketText {

  private TicketText() {}

  static Span statusBadge(Component owner, TicketStatus status) {
    return badge(owner.getTranslation("tickets.status." + status.name()), "ticket-status", switch (status) {
      case NEW -> "primary";
      case OPEN -> "";
      case PENDING_CUSTOMER -> "contrast";
      case SOLVED -> "success";
      case CLOSED -> "contrast";
    });
  }

  static Span priorityBadge(Component owner, Priority priority) {
    return badge(owner.getTranslation("tickets.priority." + priority.name()), "ticket-priority", priority == Priority.URGENT || priority == Priority.HIGH ? "error" : "contrast");
  }

  /** Breached tickets stand out in red; those at risk in amber. */
  static Span slaBadge(Component owner, SlaState state) {
    Span badge = badge(owner.getTranslation("tickets.sla." + state.name()), "sla-badge", switch (state) {
      case BREACHED -> "error primary";
      case AT_RISK -> "warning";
      case ON_TRACK, MET -> "success";
      case PAUSED -> "contrast";
    });
    badge.getElement().setAttribute("data-sla", state.name());
    return badge;
  }

  private static Span badge(String text, String className, String theme) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add("badge");
    for (String t : theme.split(" ")) {
      if (!t.isBlank()) {
        badge.getElement().getThemeList().add(t);
      }
    }
    badge.addClassName(className);
    return badge;
  }

  static String time(Instant instant, Locale locale) {
    return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.systemDefault()).format(instant);
  }

  /** Business minutes as people say them: "45 min", "8 h", "2 h 30 min". */
  static String minutes(Component owner, int minutes) {
    int hours = minutes / 60;
    int rest = minutes % 60;
    if (hours == 0) {
      return owner.getTranslation("tickets.settings.min", rest);
    }
    return rest == 0 ? owner.getTranslation("tickets.settings.h", hours) : owner.getTranslation("tickets.settings.hmin", hours, rest);
  }
}
