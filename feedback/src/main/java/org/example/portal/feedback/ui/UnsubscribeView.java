package org.example.portal.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
 * The unsubscribe link of every idea e-mail. Opening it stops e-mails about that idea at once, without
 * signing in; a button stops all idea e-mails.
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
    if (notifier.unsubscribe(token, ideaId, false).isEmpty()) {
      result.setText(getTranslation("ideas.unsubscribe.invalid"));
      add(result);
      return;
    }
    Idea idea = ideaId == null ? null : board.ideas(List.of(ideaId)).get(ideaId);
    result.setText(idea == null ? getTranslation("ideas.unsubscribe.allDone") : getTranslation("ideas.unsubscribe.done", idea.getTitle()));
    Button all = new Button(getTranslation("ideas.unsubscribe.all"), e -> {
      notifier.unsubscribe(token, null, true);
      result.setText(getTranslation("ideas.unsubscribe.allDone"));
      e.getSource().setVisible(false);
    });
    all.setId("unsubscribe-all");
    all.setVisible(idea != null);
    add(result, all);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("ideas.unsubscribe.title");
  }
}
