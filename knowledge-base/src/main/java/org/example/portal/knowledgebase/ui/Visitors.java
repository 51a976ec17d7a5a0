package org.example.portal.knowledgebase.ui;

import com.vaadin.flow.component.UI;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.knowledgebase.application.Visitor;

/** The person at this browser as a {@link Visitor}. */
final class Visitors {

  private Visitors() {}

  static Visitor current() {
    String language = UI.getCurrent() == null ? "en" : UI.getCurrent().getLocale().getLanguage();
    return SignedInUser.current()
        .map(u -> new Visitor(u.id(), u.isStaff(), language))
        .orElseGet(() -> Visitor.anonymous(language));
  }

  /** Safe HTML (escaped text with {@code <mark>}, or rendered Markdown) as a component. */
  static com.vaadin.flow.component.Html html(String tag, String safeHtml) {
    return new com.vaadin.flow.component.Html("<" + tag + ">" + safeHtml + "</" + tag + ">");
  }
}
