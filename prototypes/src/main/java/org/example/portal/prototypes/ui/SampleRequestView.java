package org.example.portal.prototypes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.prototypes.application.FeedbackService;
import org.example.portal.prototypes.application.ProgramImages;
import org.example.portal.prototypes.application.SampleProgramService;
import org.example.portal.prototypes.application.SampleRequestService;
import org.example.portal.prototypes.domain.NotYourRequestException;
import org.example.portal.prototypes.domain.RequestHistoryEntry;
import org.example.portal.prototypes.domain.SampleProgram;
import org.example.portal.prototypes.domain.SampleRequest;

/** One sample request: where it stands, its tracking and history, and for its customer the feedback form of the open round. */
@Route(value = "samples/requests/:id([0-9]+)", layout = MainLayout.class)
@RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class SampleRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final SampleRequestService requests;
  private final SampleProgramService programs;
  private final FeedbackService feedback;
  private final ProgramImages images;
  private SampleRequest request;
  private String title = "";

  @Inject
  public SampleRequestView(SampleRequestService requests, SampleProgramService programs, FeedbackService feedback, ProgramImages images) {
    this.requests = requests;
    this.images = images;
    this.programs = programs;
    this.feedback = feedback;
    addClassName("portal-page");
  }

  static RouteParameters parameters(long id) {
    return new RouteParameters("id", String.valueOf(id));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
    SignedInUser me = SignedInUser.current().orElseThrow();
    try {
      request = requests.viewRequest(me.id(), me.isStaff(), id);
    } catch (NotFoundException | NotYourRequestException e) {
      event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
      return;
    }
    render();
  }

  private void render() {
    removeAll();
    SignedInUser me = SignedInUser.current().orElseThrow();
    SampleProgram program = programs.program(request.getProgramId());
    title = getTranslation("samples.request.title", program.displayName());
    FlexLayout heading = new FlexLayout(new H2(title), SampleText.stateBadge(this, request.getState()));
    heading.setAlignItems(FlexLayout.Alignment.BASELINE);
    heading.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
    heading.setId("sample-request-heading");
    add(heading, new ProgramGallery(images, program, false, "10em"));
    add(SampleText.facts(
        getTranslation("samples.review.applied"), SampleText.day(this, request.getAppliedAt()),
        getTranslation("samples.apply.terms", request.getTermsVersion()), SampleText.day(this, request.getTermsAcceptedAt()),
        getTranslation("samples.review.tracking"),
        request.getTrackingNumber() == null ? null : getTranslation("samples.request.tracking", request.getCarrier(), request.getTrackingNumber()),
        getTranslation("samples.state"),
        request.getFeedbackDueAt() == null ? null : getTranslation("samples.request.due", request.getFeedbackRound(), SampleText.day(this, request.getFeedbackDueAt())),
        getTranslation("samples.review.declineReason"), request.getDeclineReason()));

    if (request.getCustomerId() == me.id() && request.getState().awaitsFeedback()) {
      add(new H3(getTranslation("samples.feedback.title", program.displayName(), request.getFeedbackRound())));
      long requestId = request.getId();
      add(new FeedbackForm(
          program,
          feedback.currentDraft(me.id(), requestId),
          answers -> feedback.saveDraft(me.id(), requestId, answers),
          answers -> feedback.submitFeedback(me.id(), requestId, answers),
          this::reload));
    }

    UnorderedList history = new UnorderedList();
    history.setId("sample-request-history");
    for (RequestHistoryEntry e : request.getHistory()) {
      history.add(new ListItem(SampleText.day(this, e.getAt()) + " · " + getTranslation("samples.state." + e.getTo().name())
          + (e.getNote() == null ? "" : " · " + e.getNote())));
    }
    add(new H3(getTranslation("samples.request.history")), history);
  }

  private void reload() {
    SignedInUser me = SignedInUser.current().orElseThrow();
    request = requests.viewRequest(me.id(), me.isStaff(), request.getId());
    render();
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
