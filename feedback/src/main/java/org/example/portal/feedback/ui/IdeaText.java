package org.example.portal.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.example.portal.feedback.domain.IdeaStatus;

/** Small pieces the idea views share: status badges, dates and safe HTML. */
final class IdeaText {

  private IdeaText() {}

  static Span statusBadge(Component owner, IdeaStatus status) {
    Span badge = new Span(owner.getTranslation("ideas.status." + status.name()));
    badge.getElement().getThemeList().add("badge");
    switch (status) {
      case SHIPPED -> badge.getElement().getThemeList().add("success");
      case DECLINED, MERGED -> badge.getElement().getThemeList().add("contrast");
      case PLANNED, IN_PROGRESS -> badge.getElement().getThemeList().add("primary");
      default -> { }
    }
    badge.addClassName("idea-status");
    return badge;
  }

  static String date(java.time.Instant at, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC).format(at);
  }

  /** Safe HTML (escaped text with {@code <mark>}, or rendered Markdown) as a component. */
  static Html html(String tag, String safeHtml) {
    return new Html("<" + tag + ">" + (safeHtml == null ? "" : safeHtml) + "</" + tag + ">");
  }
}
