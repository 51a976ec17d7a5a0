package org.example.portal.knowledgebase.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.knowledgebase.application.Visitor;

/** The person at this browser as a {@link Visitor}. */
final class Visitors {

  /** An anonymous visitor's reader token, kept as long as the browser's session with the portal. */
  private static final String READER = Visitors.class.getName() + ".reader";

  private Visitors() {}

  static Visitor current() {
    String language = UI.getCurrent() == null ? "en" : UI.getCurrent().getLocale().getLanguage();
    return SignedInUser.current()
        .map(u -> new Visitor(u.id(), u.isStaff(), language, null))
        .orElseGet(() -> Visitor.anonymous(language, sessionToken()));
  }

  private static String sessionToken() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session == null) {
      return null;
    }
    if (!(session.getAttribute(READER) instanceof String token)) {
      String created = UUID.randomUUID().toString();
      session.setAttribute(READER, created);
      return created;
    }
    return token;
  }

  /** Safe HTML (escaped text with {@code <mark>}, or rendered Markdown) as a component. */
  static com.vaadin.flow.component.Html html(String tag, String safeHtml) {
    return new com.vaadin.flow.component.Html("<" + tag + ">" + safeHtml + "</" + tag + ">");
  }
}
