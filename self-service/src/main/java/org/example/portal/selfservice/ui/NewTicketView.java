package org.example.portal.selfservice.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.knowledgebase.api.ArticleRef;
import org.example.portal.selfservice.application.SelfHelp;
import org.example.portal.selfservice.application.TicketForm;
import org.example.portal.selfservice.application.TicketService;
import org.example.portal.selfservice.domain.Channel;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.Ticket;

/**
 * A customer starts a ticket. While they type the subject and description, articles that may answer it are
 * offered (they open in a new tab). If they read one and leave without filing, the ticket was deflected and
 * that is counted, once per visit to this form.
 */
@Route(value = "tickets/new", layout = MainLayout.class)
@RolesAllowed(Role.Names.CUSTOMER)
public class NewTicketView extends Div implements HasDynamicTitle {

  private final SelfHelp selfHelp;
  private final TextField subject = new TextField();
  private final TextArea description = new TextArea();
  private final Div suggestions = new Div();
  private Long readArticle;
  private boolean filed;

  @Inject
  public NewTicketView(TicketService tickets, SelfHelp selfHelp, CatalogService catalog) {
    this.selfHelp = selfHelp;
    addClassName("portal-page");

    subject.setLabel(getTranslation("tickets.subject"));
    subject.setId("ticket-subject");
    subject.setMaxLength(Ticket.SUBJECT_MAX_LENGTH);
    subject.setWidthFull();
    subject.setValueChangeMode(ValueChangeMode.TIMEOUT);
    subject.setValueChangeTimeout(300);
    subject.addValueChangeListener(e -> suggest());
    description.setLabel(getTranslation("tickets.description"));
    description.setId("ticket-description");
    description.setMaxLength(Ticket.DESCRIPTION_MAX_LENGTH);
    description.setWidthFull();
    description.setMinHeight("10em");
    description.setValueChangeMode(ValueChangeMode.TIMEOUT);
    description.setValueChangeTimeout(600);
    description.addValueChangeListener(e -> suggest());

    ComboBox<ProductArea> area = new ComboBox<>(getTranslation("tickets.area"));
    area.setId("ticket-area");
    area.setItems(catalog.areas());
    area.setItemLabelGenerator(ProductArea::getName);
    area.setClearButtonVisible(true);
    Select<Priority> priority = new Select<>();
    priority.setLabel(getTranslation("tickets.priority"));
    priority.setId("ticket-priority");
    priority.setItems(Priority.LOW, Priority.NORMAL, Priority.HIGH);
    priority.setItemLabelGenerator(p -> getTranslation("tickets.priority." + p.name()));
    priority.setValue(Priority.NORMAL);

    suggestions.setId("ticket-suggestions");
    suggestions.setVisible(false);

    Map<String, HasValidation> fields = Map.of("subject", subject, "description", description, "areaId", area, "priority", priority);
    Button submit = new Button(getTranslation("tickets.submit"), e -> {
      try {
        long me = SignedInUser.current().orElseThrow().id();
        Ticket ticket = tickets.openTicket(me, new TicketForm(subject.getValue(), description.getValue(), area.getValue() == null ? null : area.getValue().getId(), priority.getValue()), Channel.WEB);
        filed = true;
        getUI().ifPresent(ui -> ui.navigate(TicketView.class, new RouteParameters("id", String.valueOf(ticket.getId()))));
      } catch (RuntimeException failure) {
        FormErrors.show(failure, fields);
      }
    });
    submit.setId("ticket-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    FormLayout form = new FormLayout(subject, description, area, priority);
    form.setColspan(subject, 2);
    form.setColspan(description, 2);
    add(new H2(getTranslation("tickets.new.title")), new Paragraph(getTranslation("tickets.new.intro")), form, suggestions, submit);
  }

  private void suggest() {
    String text = (subject.getValue() + " " + description.getValue()).strip();
    List<ArticleRef> found = text.length() < 3 ? List.of() : selfHelp.suggest(text, SignedInUser.current().map(SignedInUser::language).orElse("en"));
    List<IdeaRef> ideas = text.length() < 3 ? List.of() : selfHelp.similarIdeas(text);
    suggestions.removeAll();
    suggestions.setVisible(!found.isEmpty() || !ideas.isEmpty());
    if (!ideas.isEmpty()) {
      suggestions.add(new H3(getTranslation("tickets.suggestions.ideas")));
      for (IdeaRef idea : ideas) {
        Anchor link = new Anchor(idea.path(), idea.title() + " (" + getTranslation("tickets.suggestions.votes", idea.votes()) + ")");
        link.setTarget(AnchorTarget.BLANK);
        link.addClassName("ticket-idea");
        suggestions.add(new Div(link));
      }
    }
    if (found.isEmpty()) {
      return;
    }
    suggestions.add(new H3(getTranslation("tickets.suggestions.title")));
    for (ArticleRef article : found) {
      Anchor link = new Anchor(article.url(), "");
      link.getElement().setProperty("innerHTML", article.title());
      link.setTarget(AnchorTarget.BLANK);
      link.addClassName("ticket-suggestion");
      link.getElement().setAttribute("data-article", String.valueOf(article.id()));
      link.getElement().addEventListener("click", e -> readArticle = article.id());
      Span snippet = new Span();
      snippet.getElement().setProperty("innerHTML", article.snippet());
      snippet.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
      suggestions.add(new Div(link, snippet));
    }
    Button solved = new Button(getTranslation("tickets.suggestions.solved"), e -> {
      if (readArticle == null) {
        readArticle = found.get(0).id();
      }
      getUI().ifPresent(ui -> ui.navigate(MyTicketsView.class));
    });
    solved.setId("ticket-deflected");
    solved.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    suggestions.add(solved);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    filed = false;
    readArticle = null;
  }

  /** Leaving after reading a suggested article, without filing, is a deflection. */
  @Override
  protected void onDetach(DetachEvent event) {
    if (!filed && readArticle != null) {
      selfHelp.recordDeflection(SignedInUser.current().map(SignedInUser::id).orElse(null), readArticle, subject.getValue());
      readArticle = null;
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("tickets.new.title");
  }
}
