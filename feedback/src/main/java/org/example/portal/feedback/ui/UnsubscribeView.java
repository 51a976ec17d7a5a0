package org.example.portal.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.feedback.application.Board;
import org.example.portal.feedback.application.IdeaNotifier;
import org.example.portal.feedback.domain.Idea;

/**
 * The unsubscribe link of every idea e-mail: without signing in, one button stops e-mails about that idea,
 * another all idea e-mails. Opening the page alone changes nothing, since mail scanners open links too.
 */
@Route(value = "ideas/unsubscribe", layout = MainLayout.class)
@AnonymousAllowed
public class UnsubscribeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final IdeaNotifier notifier;
  private final Board board;

  @Inject
  public UnsubscribeView(IdeaNotifier notifier, Board board) {
    this.notifier = notifier;
    this.board = board;
    addClassName("portal-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var parameters = event.getLocation().getQueryParameters().getParameters();
    String token = parameters.getOrDefault("token", List.of("")).getFirst();
    Long ideaId = parameters.getOrDefault("idea", List.of()).stream().filter(s -> s.matches("[0-9]{1,18}")).map(Long::valueOf).findFirst().orElse(null);
    removeAll();
    add(new H2(getTranslation("ideas.unsubscribe.title")));
    Paragraph result = new Paragraph();
    result.setId("unsubscribe-result");
    Idea idea = ideaId == null ? null : board.ideas(List.of(ideaId)).get(ideaId);
    // Opening the link changes nothing: mail scanners open links too. The person confirms with a button.
    Button one = new Button(getTranslation("ideas.unsubscribe.one", idea == null ? "" : idea.getTitle()));
    one.setId("unsubscribe-idea");
    one.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    one.setVisible(idea != null);
    Button all = new Button(getTranslation("ideas.unsubscribe.all"));
    all.setId("unsubscribe-all");
    one.addClickListener(e -> {
      boolean done = notifier.unsubscribe(token, ideaId, false).isPresent();
      result.setText(done ? getTranslation("ideas.unsubscribe.done", idea.getTitle()) : getTranslation("ideas.unsubscribe.invalid"));
      one.setVisible(false);
    });
    all.addClickListener(e -> {
      boolean done = notifier.unsubscribe(token, null, true).isPresent();
      result.setText(done ? getTranslation("ideas.unsubscribe.allDone") : getTranslation("ideas.unsubscribe.invalid"));
      one.setVisible(false);
      all.setVisible(false);
    });
    add(result, new HorizontalLayout(one, all));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("ideas.unsubscribe.title");
  }
}
