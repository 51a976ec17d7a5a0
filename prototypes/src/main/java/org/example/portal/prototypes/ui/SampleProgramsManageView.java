package org.example.portal.prototypes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.prototypes.application.SampleProgramService;
import org.example.portal.prototypes.domain.ProgramState;
import org.example.portal.prototypes.domain.SampleProgram;

/** The product team's sample programs: create and edit them, publish or close them, and go to their applications and results. */
@Route(value = "staff/samples", layout = MainLayout.class)
@Menu(title = "menu.samples.manage", order = 65, icon = "vaadin:package")
@RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
public class SampleProgramsManageView extends Div implements HasDynamicTitle {

  private final SampleProgramService programs;
  private final CatalogService catalog;
  private final Grid<SampleProgram> grid = new Grid<>(SampleProgram.class, false);

  @Inject
  public SampleProgramsManageView(SampleProgramService programs, CatalogService catalog) {
    this.programs = programs;
    this.catalog = catalog;
    addClassName("portal-page");
    Button create = new Button(getTranslation("samples.manage.new"), e -> new ProgramEditorDialog(programs, catalog, null, this::refresh).open());
    create.setId("program-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    grid.setId("sample-programs-manage");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.addColumn(SampleProgram::displayName).setHeader(getTranslation("samples.editor.name")).setFlexGrow(1);
    grid.addColumn(p -> getTranslation("samples.review.units", p.getUnitsTaken(), p.getUnits())).setHeader(getTranslation("samples.editor.units")).setAutoWidth(true);
    grid.addComponentColumn(p -> new Span(getTranslation("samples.programState." + p.getState().name()))).setHeader(getTranslation("samples.state")).setAutoWidth(true);
    grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
    refresh();
    add(new H2(getTranslation("samples.manage.title")), create, grid);
  }

  private HorizontalLayout actions(SampleProgram p) {
    Button edit = new Button(getTranslation("samples.manage.edit"), e -> new ProgramEditorDialog(programs, catalog, p.getId(), this::refresh).open());
    edit.setId("program-edit-" + p.getId());
    Button review = new Button(getTranslation("samples.manage.review"), e -> navigate(ApplicationReviewView.class, p));
    review.setId("program-review-" + p.getId());
    Button results = new Button(getTranslation("samples.manage.results"), e -> navigate(FeedbackResultsView.class, p));
    results.setId("program-results-" + p.getId());
    HorizontalLayout actions = new HorizontalLayout(edit, review, results);
    if (!p.getLinkedIdeas().isEmpty()) {
      Button invite = new Button(getTranslation("samples.manage.inviteSupporters"), e -> {
        try {
          int added = programs.inviteSupporters(p.getId());
          Notification.show(getTranslation("samples.manage.invitedSupporters", added), 3000, Notification.Position.BOTTOM_START);
        } catch (RuntimeException failure) {
          FormErrors.show(failure, Map.of());
        }
      });
      invite.setId("program-invite-supporters-" + p.getId());
      actions.add(invite);
    }
    if (p.getState() == ProgramState.DRAFT) {
      Button publish = new Button(getTranslation("samples.manage.publish"), e -> change(() -> programs.publish(p.getId()), "samples.manage.published"));
      publish.setId("program-publish-" + p.getId());
      publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(publish);
    } else if (p.getState() == ProgramState.OPEN) {
      Button close = new Button(getTranslation("samples.manage.close"), e -> change(() -> programs.close(p.getId()), "samples.manage.closed"));
      close.setId("program-close-" + p.getId());
      actions.add(close);
    }
    actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
    return actions;
  }

  private void navigate(Class<? extends Div> view, SampleProgram p) {
    getUI().ifPresent(ui -> ui.navigate(view, ApplicationReviewView.parameters(p.getId())));
  }

  private void change(Supplier<SampleProgram> action, String confirmation) {
    try {
      action.get();
    } catch (RuntimeException e) {
      FormErrors.show(e, Map.of());
      return;
    }
    Notification.show(getTranslation(confirmation), 3000, Notification.Position.BOTTOM_START);
    refresh();
  }

  private void refresh() {
    grid.setItems(programs.programs());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("samples.manage.title");
  }
}
