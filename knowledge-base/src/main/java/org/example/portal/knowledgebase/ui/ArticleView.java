package org.example.portal.knowledgebase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.example.portal.knowledgebase.application.FeedbackForm;
import org.example.portal.knowledgebase.application.HelpCenter;
import org.example.portal.knowledgebase.application.Visitor;
import org.example.portal.knowledgebase.domain.Article;
import org.example.portal.knowledgebase.domain.ArticleNotFoundException;
import org.example.portal.knowledgebase.domain.Feedback;
import org.example.portal.core.text.Markdown;
import org.example.portal.core.ui.MainLayout;

/** One published article: its text, "Was this helpful?" and related articles. */
@Route(value = "help/article", layout = MainLayout.class)
@AnonymousAllowed
public class ArticleView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final HelpCenter help;
  private final Visitor visitor;
  private String title = "";

  @Inject
  public ArticleView(HelpCenter help) {
    this.help = help;
    this.visitor = Visitors.current();
    addClassName("portal-page");
  }

  @Override
  public void setParameter(BeforeEvent event, Long id) {
    removeAll();
    HelpCenter.Reading reading;
    try {
      reading = help.read(id, visitor);
    } catch (ArticleNotFoundException e) {
      Paragraph missing = new Paragraph(getTranslation("kb.article.missing"));
      missing.setId("kb-article-missing");
      add(new H2(getTranslation("kb.help.title")), missing, new RouterLink(getTranslation("kb.back"), HelpCenterView.class));
      return;
    }
    Article article = reading.article();
    title = article.getPublishedTitle();
    H2 heading = new H2(title);
    heading.setId("kb-article-title");
    var body = Visitors.html("div", Markdown.toHtml(article.getPublishedBody()));
    body.setId("kb-article-body");
    Span views = new Span(getTranslation("kb.article.views", reading.views()));
    views.setId("kb-article-views");
    views.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    add(new RouterLink(getTranslation("kb.back"), HelpCenterView.class), heading, views, body, feedback(id, reading.answer()), related(id));
  }

  /** "Was this helpful?": the reader's answer so far is the pressed button, and they may change it. */
  private Div feedback(long id, Boolean answer) {
    Div box = new Div();
    box.setId("kb-feedback");
    TextArea comment = new TextArea(getTranslation("kb.feedback.comment"));
    comment.setId("kb-feedback-comment");
    comment.setMaxLength(Feedback.COMMENT_MAX_LENGTH);
    comment.setWidthFull();
    comment.setVisible(false);
    Button send = new Button(getTranslation("kb.feedback.send"));
    send.setId("kb-feedback-send");
    send.setVisible(false);
    Button yes = new Button(getTranslation("kb.feedback.yes"));
    yes.setId("kb-helpful-yes");
    Button no = new Button(getTranslation("kb.feedback.no"));
    no.setId("kb-helpful-no");
    Paragraph status = new Paragraph();
    status.setId("kb-feedback-status");
    showAnswer(answer, status, yes, no);
    boolean[] helpful = {true};
    yes.addClickListener(e -> ask(helpful, true, comment, send, yes, no));
    no.addClickListener(e -> ask(helpful, false, comment, send, yes, no));
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(e -> {
      HelpCenter.Answer given = help.giveFeedback(id, visitor, new FeedbackForm(helpful[0], comment.getValue()));
      comment.clear();
      comment.setVisible(false);
      send.setVisible(false);
      showAnswer(given.helpful(), status, yes, no);
      status.setText(getTranslation("kb.feedback.thanks") + " " + status.getText());
    });
    box.add(new H3(getTranslation("kb.feedback.question")), new HorizontalLayout(yes, no), comment, send, status);
    return box;
  }

  private void showAnswer(Boolean answer, Paragraph status, Button yes, Button no) {
    yes.setEnabled(true);
    no.setEnabled(true);
    yes.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
    no.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
    if (answer == null) {
      status.setText("");
      return;
    }
    (answer ? yes : no).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    status.setText(getTranslation("kb.feedback.yours", getTranslation(answer ? "kb.feedback.yes" : "kb.feedback.no")));
  }

  private static void ask(boolean[] helpful, boolean value, TextArea comment, Button send, Button yes, Button no) {
    helpful[0] = value;
    comment.setVisible(true);
    send.setVisible(true);
    yes.setEnabled(!value);
    no.setEnabled(value);
  }

  private Div related(long id) {
    Div related = new Div();
    related.setId("kb-related");
    var hits = help.related(id, visitor, 5);
    if (!hits.isEmpty()) {
      related.add(new H3(getTranslation("kb.article.related")));
      hits.forEach(h -> {
        RouterLink link = new RouterLink("", ArticleView.class, Long.valueOf(h.id()));
        link.add(Visitors.html("span", h.title()));
        link.getStyle().set("display", "block");
        related.add(link);
      });
    }
    return related;
  }

  @Override
  public String getPageTitle() {
    return title.isEmpty() ? getTranslation("kb.help.title") : title;
  }
}
