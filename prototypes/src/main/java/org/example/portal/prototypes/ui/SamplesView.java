package org.example.portal.prototypes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.prototypes.application.ProgramImages;
import org.example.portal.prototypes.application.SampleProgramService;
import org.example.portal.prototypes.application.SampleRequestService;
import org.example.portal.prototypes.domain.FeedbackDebt;
import org.example.portal.prototypes.domain.SampleRequest;

/**
 * A customer's samples: the feedback they owe (and, when it is overdue, exactly what to give to become
 * eligible again), the programs open to them with the way to apply, and their requests.
 */
@Route(value = "samples", layout = MainLayout.class)
@Menu(title = "menu.samples", order = 35, icon = "vaadin:package")
@RolesAllowed(Role.Names.CUSTOMER)
public class SamplesView extends Div implements HasDynamicTitle {

  private final SampleProgramService programs;
  private final SampleRequestService requests;
  private final ProgramImages images;

  @Inject
  public SamplesView(SampleProgramService programs, SampleRequestService requests, ProgramImages images) {
    this.programs = programs;
    this.images = images;
    this.requests = requests;
    addClassName("portal-page");
    render();
  }

  private void render() {
    removeAll();
    long me = SignedInUser.current().orElseThrow().id();
    add(new H2(getTranslation("samples.programs.title")), new Paragraph(getTranslation("samples.programs.intro")));

    FeedbackDebt debt = requests.debtOf(me);
    if (!debt.isEmpty()) {
      Div banner = new Div(new H3(getTranslation("samples.debt.title")), new Paragraph(debt.explanation()));
      banner.setId("samples-debt");
      banner.getStyle().set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
          .set("border-radius", "var(--lumo-border-radius-m)");
      add(banner);
    }
    List<SampleRequest> todo = requests.feedbackToGive(me);
    if (!todo.isEmpty()) {
      UnorderedList list = new UnorderedList();
      list.setId("samples-todo");
      for (SampleRequest r : todo) {
        RouterLink link = new RouterLink(
            getTranslation("samples.mine.todo.item", requests.programName(r), r.getFeedbackRound(), SampleText.day(this, r.getFeedbackDueAt())),
            SampleRequestView.class, SampleRequestView.parameters(r.getId()));
        list.add(new ListItem(link));
      }
      add(new H3(getTranslation("samples.mine.todo")), list);
    }

    Div offers = new Div();
    offers.setId("sample-programs");
    List<SampleProgramService.Offer> open = programs.offersFor(me);
    if (open.isEmpty()) {
      offers.add(new Paragraph(getTranslation("samples.programs.empty")));
    }
    for (SampleProgramService.Offer offer : open) {
      Div card = new Div();
      card.addClassName("sample-program");
      card.getElement().setAttribute("data-program", String.valueOf(offer.program().getId()));
      card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
          .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
      card.add(new H3(offer.program().displayName()));
      card.add(new ProgramGallery(images, offer.program(), false, "8em"));
      if (offer.program().getDescription() != null) {
        card.add(new Paragraph(offer.program().getDescription()));
      }
      List<IdeaRef> ideas = programs.linkedIdeas(offer.program());
      if (!ideas.isEmpty()) {
        Paragraph linked = new Paragraph(getTranslation("samples.programs.ideas") + " ");
        ideas.forEach(idea -> linked.add(new Anchor(idea.path(), idea.title()), new Span(" ")));
        card.add(linked);
      }
      if (offer.applied()) {
        card.add(new Span(getTranslation("samples.programs.applied")));
      } else if (offer.whyNotEligible().isPresent()) {
        card.add(new Span(getTranslation("samples.programs.notEligible", offer.whyNotEligible().get())));
      } else {
        Button apply = new Button(getTranslation("samples.apply"), e -> new ApplyDialog(requests, offer.program(), this::applied).open());
        apply.setId("sample-apply-" + offer.program().getId());
        apply.addClassName("sample-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(debt.isEmpty());
        card.add(apply);
      }
      offers.add(card);
    }
    add(offers);

    add(new H3(getTranslation("samples.mine.title")));
    List<SampleRequest> mine = requests.requestsOf(me);
    if (mine.isEmpty()) {
      add(new Paragraph(getTranslation("samples.mine.empty")));
      return;
    }
    Grid<SampleRequest> grid = new Grid<>(SampleRequest.class, false);
    grid.setId("my-samples");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.addColumn(requests::programName).setHeader(getTranslation("samples.editor.name")).setFlexGrow(1);
    grid.addColumn(r -> SampleText.day(this, r.getAppliedAt())).setHeader(getTranslation("samples.review.applied")).setAutoWidth(true);
    grid.addComponentColumn(r -> SampleText.stateBadge(this, r.getState())).setHeader(getTranslation("samples.state")).setAutoWidth(true);
    grid.setItems(mine);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SampleRequestView.class, SampleRequestView.parameters(e.getItem().getId()))));
    add(grid);
  }

  private void applied(SampleRequest request) {
    getUI().ifPresent(ui -> ui.navigate(SampleRequestView.class, SampleRequestView.parameters(request.getId())));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("samples.programs.title");
  }
}
