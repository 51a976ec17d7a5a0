package org.example.portal.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.feedback.application.IdeaNotifier;
import org.example.portal.feedback.domain.Notification;

/** What happened to the ideas a person submitted, voted for or follows; unread ones stand out. */
@Route(value = "ideas/notifications", layout = MainLayout.class)
@Menu(title = "menu.ideas.notifications", order = 12, icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends Div implements HasDynamicTitle {

  private static final int SHOWN = 100;

  private final IdeaNotifier notifier;
  private final long me = SignedInUser.current().orElseThrow().id();
  private final VerticalLayout list = new VerticalLayout();

  @Inject
  public NotificationsView(IdeaNotifier notifier) {
    this.notifier = notifier;
    addClassName("portal-page");
    list.setId("notifications");
    list.setPadding(false);
    Button read = new Button(getTranslation("ideas.notifications.markRead"), e -> {
      notifier.markAllRead(me);
      refresh();
    });
    read.setId("notifications-read");
    read.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    add(new H2(getTranslation("ideas.notifications.title")), read, list);
    refresh();
  }

  private void refresh() {
    list.removeAll();
    List<Notification> notifications = notifier.notifications(me, SHOWN);
    if (notifications.isEmpty()) {
      list.add(new Paragraph(getTranslation("ideas.notifications.empty")));
    }
    for (Notification n : notifications) {
      Span when = new Span(IdeaText.date(n.getCreatedAt(), getLocale()) + " · ");
      when.getStyle().set("color", "var(--lumo-secondary-text-color)");
      Anchor message = new Anchor("ideas/" + n.getIdeaId(), n.getMessage());
      Div row = new Div(when, message);
      row.addClassName("notification");
      if (n.getReadAt() == null) {
        row.addClassName("notification-unread");
        row.getStyle().set("font-weight", "600");
      }
      list.add(row);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("ideas.notifications.title");
  }
}
