package org.example.portal.prototypes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SaveFooter;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.prototypes.application.DeclineForm;
import org.example.portal.prototypes.application.DeliveryForm;
import org.example.portal.prototypes.application.ProgramImages;
import org.example.portal.prototypes.application.SampleProgramService;
import org.example.portal.prototypes.application.SampleRequestService;
import org.example.portal.prototypes.application.ShipmentForm;
import org.example.portal.prototypes.application.ShippingImport;
import org.example.portal.prototypes.domain.RequestState;
import org.example.portal.prototypes.domain.SampleProgram;
import org.example.portal.prototypes.domain.SampleRequest;

/**
 * One program's applications for the product team: approve or decline each, approve in order until the
 * quota is full, ship (one by one or by CSV upload) and record deliveries; and the program's images.
 */
@Route(value = "staff/samples/:id([0-9]+)/requests", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
public class ApplicationReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final SampleProgramService programs;
  private final SampleRequestService requests;
  private final ShippingImport shipping;
  private final Accounts accounts;
  private final ProgramImages images;
  private final Grid<SampleRequest> grid = new Grid<>(SampleRequest.class, false);
  private final Paragraph units = new Paragraph();
  private SampleProgram program;
  private String title = "";

  @Inject
  public ApplicationReviewView(SampleProgramService programs, SampleRequestService requests, ShippingImport shipping, Accounts accounts, ProgramImages images) {
    this.programs = programs;
    this.images = images;
    this.requests = requests;
    this.shipping = shipping;
    this.accounts = accounts;
    addClassName("portal-page");
  }

  static RouteParameters parameters(long programId) {
    return new RouteParameters("id", String.valueOf(programId));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      program = programs.program(Long.parseLong(event.getRouteParameters().get("id").orElseThrow()));
    } catch (NotFoundException e) {
      event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
      return;
    }
    render();
  }

  private void render() {
    removeAll();
    title = getTranslation("samples.review.title", program.displayName());
    units.setId("review-units");
    Button inOrder = new Button(getTranslation("samples.review.approveInOrder"), e -> act(() -> {
      int n = requests.approveInOrder(me(), program.getId()).size();
      Notification.show(getTranslation("samples.review.approvedInOrder", n), 3000, Notification.Position.BOTTOM_START);
    }));
    inOrder.setId("review-approve-in-order");

    Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
      ShippingImport.Report report = shipping.importCsv(me(), program.getId(), new String(bytes, StandardCharsets.UTF_8));
      getUI().ifPresent(ui -> ui.access(() -> {
        Notification.show(getTranslation("samples.review.uploaded", report.shipped(), report.delivered())
            + (report.problems().isEmpty() ? "" : " " + String.join(" ", report.problems())), 8000, Notification.Position.BOTTOM_START);
        refresh();
      }));
    }));
    upload.setId("review-upload");
    upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
    upload.setUploadButton(new Button(getTranslation("samples.review.upload")));

    grid.removeAllColumns();
    grid.setId("review-requests");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.addColumn(r -> accounts.findById(r.getCustomerId()).map(a -> a.getDisplayName() + " <" + a.getEmail() + ">").orElse("#" + r.getCustomerId())
            + " · " + getTranslation("tier." + r.getCustomerTier().name()))
        .setHeader(getTranslation("samples.review.customer")).setFlexGrow(1);
    grid.addColumn(r -> SampleText.day(this, r.getAppliedAt())).setHeader(getTranslation("samples.review.applied")).setAutoWidth(true);
    grid.addComponentColumn(r -> SampleText.stateBadge(this, r.getState())).setHeader(getTranslation("samples.state")).setAutoWidth(true);
    grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
    refresh();
    add(new H2(title), new H3(getTranslation("samples.images.title")), new ProgramGallery(images, program, true, "8em"),
        units, new HorizontalLayout(inOrder, upload), new Paragraph(getTranslation("samples.review.uploadHelp")), grid);
  }

  private HorizontalLayout actions(SampleRequest r) {
    HorizontalLayout actions = new HorizontalLayout();
    if (r.getState() == RequestState.APPLIED) {
      Button approve = new Button(getTranslation("samples.review.approve"), e -> act(() -> requests.approve(me(), r.getId())));
      approve.setId("review-approve-" + r.getId());
      approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      Button decline = new Button(getTranslation("samples.review.decline"), e -> declineDialog(r).open());
      decline.setId("review-decline-" + r.getId());
      actions.add(approve, decline);
    } else if (r.getState() == RequestState.APPROVED || r.getState() == RequestState.SHIPPED) {
      Button ship = new Button(getTranslation("samples.review.ship"), e -> shipDialog(r).open());
      ship.setId("review-ship-" + r.getId());
      actions.add(ship);
      if (r.getState() == RequestState.SHIPPED) {
        Button deliver = new Button(getTranslation("samples.review.deliver"), e -> act(() -> requests.deliver(me(), r.getId(), new DeliveryForm(null))));
        deliver.setId("review-deliver-" + r.getId());
        actions.add(deliver);
      }
    }
    actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
    return actions;
  }

  private Dialog declineDialog(SampleRequest r) {
    Dialog dialog = new Dialog(getTranslation("samples.review.decline"));
    TextArea reason = new TextArea(getTranslation("samples.review.declineReason"));
    reason.setId("review-decline-reason");
    reason.setMaxLength(SampleRequest.REASON_MAX_LENGTH);
    reason.setWidthFull();
    dialog.add(reason);
    SaveFooter.add(dialog, "decline", Map.of("reason", reason), () -> requests.decline(me(), r.getId(), new DeclineForm(reason.getValue())), this::refresh);
    return dialog;
  }

  private Dialog shipDialog(SampleRequest r) {
    Dialog dialog = new Dialog(getTranslation("samples.review.ship"));
    TextField carrier = new TextField(getTranslation("samples.review.carrier"));
    carrier.setId("review-carrier");
    TextField tracking = new TextField(getTranslation("samples.review.tracking"));
    tracking.setId("review-tracking");
    if (r.getCarrier() != null) {
      carrier.setValue(r.getCarrier());
      tracking.setValue(r.getTrackingNumber());
    }
    dialog.add(new HorizontalLayout(carrier, tracking));
    SaveFooter.add(dialog, "ship", Map.of("carrier", carrier, "trackingNumber", tracking),
        () -> requests.ship(me(), r.getId(), new ShipmentForm(carrier.getValue(), tracking.getValue(), null)), this::refresh);
    return dialog;
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      FormErrors.show(e, Map.of());
    }
    refresh();
  }

  private void refresh() {
    grid.setItems(requests.requestsOf(program.getId(), EnumSet.allOf(RequestState.class)));
    units.setText(getTranslation("samples.review.units", programs.unitsTaken(program.getId()), program.getUnits()));
  }

  private static long me() {
    return SignedInUser.current().orElseThrow().id();
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
