package org.example.portal.prototypes.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.rest.Caller;
import org.example.portal.prototypes.application.AnswersForm;
import org.example.portal.prototypes.application.ApplicationForm;
import org.example.portal.prototypes.application.DeclineForm;
import org.example.portal.prototypes.application.DeliveryForm;
import org.example.portal.prototypes.application.FeedbackResults;
import org.example.portal.prototypes.application.FeedbackService;
import org.example.portal.prototypes.application.InvitationForm;
import org.example.portal.prototypes.application.ProgramForm;
import org.example.portal.prototypes.application.SampleProgramService;
import org.example.portal.prototypes.application.SampleReminders;
import org.example.portal.prototypes.application.SampleRequestService;
import org.example.portal.prototypes.application.ShipmentForm;
import org.example.portal.prototypes.application.ShippingImport;
import org.example.portal.prototypes.domain.ReminderKind;
import org.example.portal.prototypes.domain.RequestState;
import org.example.portal.prototypes.domain.SampleProgram;
import org.example.portal.prototypes.domain.SampleRequest;

/**
 * Product samples. Customers see the programs open to them, apply accepting the terms, follow their own
 * requests (never anyone else's: 403) and give the feedback they owe; product managers and admins run
 * programs, decide applications, record shipping and read the results.
 */
@Path("samples")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SampleResource {

  private static final String PRODUCT_MANAGER = Role.Names.PRODUCT_MANAGER;
  private static final String ADMIN = Role.Names.ADMIN;

  @Inject SampleProgramService programs;
  @Inject SampleRequestService requests;
  @Inject FeedbackService feedback;
  @Inject FeedbackResults results;
  @Inject ShippingImport shipping;
  @Inject SampleReminders reminders;
  @Context SecurityContext security;
  @Context UriInfo uri;

  /** Customers: the programs open for applications now, each with their eligibility. Staff: every program. */
  @GET
  @Path("programs")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, ADMIN})
  public List<ProgramDto> programs() {
    if (isStaff()) {
      return programs.programs().stream().map(p -> ProgramDto.forStaff(p, p.getUnitsTaken(), programs.linkedIdeas(p))).toList();
    }
    return programs.offersFor(Caller.id(security)).stream()
        .map(this::customerView)
        .toList();
  }

  @GET
  @Path("programs/{id}")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, ADMIN})
  public ProgramDto program(@PathParam("id") long id) {
    if (isStaff()) {
      return staffView(programs.program(id));
    }
    long me = Caller.id(security);
    return programs.offersFor(me).stream()
        .filter(o -> o.program().getId() == id)
        .findFirst()
        .map(this::customerView)
        .orElseGet(() -> customerView(programs.visibleProgram(id)));
  }

  @APIResponseSchema(value = ProgramDto.class, responseCode = "201")
  @POST
  @Path("programs")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN})
  public Response createProgram(@NotNull(message = "{request.body.required}") @Valid ProgramForm form) {
    SampleProgram program = programs.createProgram(Caller.id(security), form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(program.getId())).build()).entity(staffView(program)).build();
  }

  @PUT
  @Path("programs/{id}")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN})
  public ProgramDto updateProgram(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid ProgramForm form) {
    return staffView(programs.updateProgram(id, form));
  }

  @POST
  @Path("programs/{id}/publish")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN})
  public ProgramDto publish(@PathParam("id") long id) {
    return staffView(programs.publish(id));
  }

  @POST
  @Path("programs/{id}/close")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN})
  public ProgramDto close(@PathParam("id") long id) {
    return staffView(programs.close(id));
  }

  /** Adds customers to the invitation list; answers how many were new on it. */
  @POST
  @Path("programs/{id}/invitations")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN})
  public Map<String, Long> invite(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid InvitationForm form) {
    int added = programs.invite(id, form);
    return Map.of("added", (long) added, "invited", programs.invitationCount(id));
  }

  /** A program's requests, oldest first; without {@code state} all of them. */
  @GET
  @Path("programs/{id}/requests")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN, Role.Names.SUPPORT_AGENT, Role.Names.TRIAGE_LEAD})
  public List<RequestDto> programRequests(@PathParam("id") long id, @QueryParam("state") List<RequestState> states) {
    SampleProgram program = programs.program(id);
    EnumSet<RequestState> wanted = states == null || states.isEmpty() ? EnumSet.allOf(RequestState.class) : EnumSet.copyOf(states);
    return requests.requestsOf(id, wanted).stream().map(r -> RequestDto.of(r, program.displayName(), false)).toList();
  }

  /** Approves waiting applications in order while units are left; answers the approved ones. */
  @POST
  @Path("programs/{id}/approve-in-order")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN})
  public List<RequestDto> approveInOrder(@PathParam("id") long id) {
    return requests.approveInOrder(Caller.id(security), id).stream().map(r -> RequestDto.of(r, requests.programName(r), false)).toList();
  }

  /** Bulk shipping: CSV lines {@code request,carrier,tracking_number[,shipped_on[,delivered_on]]}. */
  @POST
  @Path("programs/{id}/shipments")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({PRODUCT_MANAGER, ADMIN})
  public ShippingImport.Report importShipments(@PathParam("id") long id, String csv) {
    programs.program(id);
    return shipping.importCsv(Caller.id(security), id, csv);
  }

  @GET
  @Path("programs/{id}/results")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN, Role.Names.TRIAGE_LEAD})
  public ResultsDto results(@PathParam("id") long id) {
    return ResultsDto.of(results.results(id));
  }

  @GET
  @Path("programs/{id}/results.csv")
  @Produces("text/csv")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN, Role.Names.TRIAGE_LEAD})
  public Response resultsCsv(@PathParam("id") long id) {
    return Response.ok(results.csv(id)).header("Content-Disposition", "attachment; filename=\"sample-feedback-" + id + ".csv\"").build();
  }

  /**
   * Free-text answers to one question, newest first; with {@code q}, a full-text search of them (best match
   * first, matched words marked in {@code highlighted}, at most 100 per page), read in {@code language}.
   */
  @GET
  @Path("programs/{id}/answers/{position}")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN, Role.Names.TRIAGE_LEAD})
  public List<FeedbackResults.TextAnswer> textAnswers(
      @PathParam("id") long id,
      @PathParam("position") int position,
      @QueryParam("q") String query,
      @QueryParam("language") @DefaultValue("en") String language,
      @QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "{samples.page.first}") int first,
      @QueryParam("max") @DefaultValue("50") @Min(value = 1, message = "{samples.page.max}") @Max(value = 500, message = "{samples.page.max}") int max) {
    programs.program(id);
    return results.textAnswers(id, position, query, language, first, max);
  }

  @APIResponseSchema(value = RequestDto.class, responseCode = "201")
  @POST
  @Path("requests")
  @RolesAllowed(Role.Names.CUSTOMER)
  public Response requestSample(@NotNull(message = "{request.body.required}") @Valid ApplicationForm form) {
    SampleRequest request = requests.requestSample(Caller.id(security), form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(request.getId())).build())
        .entity(RequestDto.of(request, requests.programName(request), true))
        .build();
  }

  @GET
  @Path("requests/mine")
  @RolesAllowed(Role.Names.CUSTOMER)
  public List<RequestDto> myRequests() {
    return requests.requestsOf(Caller.id(security)).stream().map(r -> RequestDto.of(r, requests.programName(r), false)).toList();
  }

  /** The overdue feedback the caller owes, naming each item; while there is any they cannot apply. */
  @GET
  @Path("debt")
  @RolesAllowed(Role.Names.CUSTOMER)
  public DebtDto debt() {
    return DebtDto.of(requests.debtOf(Caller.id(security)));
  }

  @GET
  @Path("requests/{id}")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, ADMIN})
  public RequestDto request(@PathParam("id") long id) {
    SampleRequest request = requests.viewRequest(Caller.id(security), isStaff(), id);
    return RequestDto.of(request, requests.programName(request), true);
  }

  @POST
  @Path("requests/{id}/approve")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN})
  public RequestDto approve(@PathParam("id") long id) {
    SampleRequest request = requests.approve(Caller.id(security), id);
    return RequestDto.of(request, requests.programName(request), true);
  }

  @POST
  @Path("requests/{id}/decline")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN})
  public RequestDto decline(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid DeclineForm form) {
    SampleRequest request = requests.decline(Caller.id(security), id, form);
    return RequestDto.of(request, requests.programName(request), true);
  }

  @PUT
  @Path("requests/{id}/shipment")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN})
  public RequestDto ship(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid ShipmentForm form) {
    SampleRequest request = requests.ship(Caller.id(security), id, form);
    return RequestDto.of(request, requests.programName(request), true);
  }

  @PUT
  @Path("requests/{id}/delivery")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN})
  public RequestDto deliver(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid DeliveryForm form) {
    SampleRequest request = requests.deliver(Caller.id(security), id, form);
    return RequestDto.of(request, requests.programName(request), true);
  }

  /** The round open now: the saved draft, or an empty one. */
  @GET
  @Path("requests/{id}/feedback")
  @RolesAllowed(Role.Names.CUSTOMER)
  public ResponseDto draft(@PathParam("id") long id) {
    return ResponseDto.of(feedback.currentDraft(Caller.id(security), id));
  }

  /** Saves a draft; required questions may still be open. */
  @PUT
  @Path("requests/{id}/feedback")
  @RolesAllowed(Role.Names.CUSTOMER)
  public ResponseDto saveDraft(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid AnswersForm form) {
    return ResponseDto.of(feedback.saveDraft(Caller.id(security), id, form));
  }

  /** Sends the round's feedback; 400 naming every required question left open. */
  @POST
  @Path("requests/{id}/feedback")
  @RolesAllowed(Role.Names.CUSTOMER)
  public ResponseDto submitFeedback(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid AnswersForm form) {
    return ResponseDto.of(feedback.submitFeedback(Caller.id(security), id, form));
  }

  /** Every feedback round of a request: its customer sees drafts too, staff only what was sent. */
  @GET
  @Path("requests/{id}/responses")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, ADMIN})
  public List<ResponseDto> responses(@PathParam("id") long id) {
    return feedback.responsesOf(Caller.id(security), isStaff(), id).stream().map(ResponseDto::of).toList();
  }

  /** Runs the reminder job now (it also runs every minute); answers how many reminders of each kind went out. */
  @POST
  @Path("reminders/run")
  @RolesAllowed(ADMIN)
  public Map<String, Integer> runReminders() {
    Map<ReminderKind, Integer> sent = reminders.run();
    Map<String, Integer> byName = new TreeMap<>();
    for (ReminderKind kind : ReminderKind.values()) {
      byName.put(kind.name(), sent.getOrDefault(kind, 0));
    }
    return byName;
  }

  /** Invites the customers who voted for or follow the program's linked ideas; answers how many were new on the list. */
  @POST
  @Path("programs/{id}/invitations/supporters")
  @RolesAllowed({PRODUCT_MANAGER, ADMIN})
  public Map<String, Long> inviteSupporters(@PathParam("id") long id) {
    int added = programs.inviteSupporters(id);
    return Map.of("added", (long) added, "invited", programs.invitationCount(id));
  }

  private ProgramDto staffView(SampleProgram program) {
    return ProgramDto.forStaff(program, programs.unitsTaken(program.getId()), programs.linkedIdeas(program));
  }

  private ProgramDto customerView(SampleProgramService.Offer offer) {
    return ProgramDto.forCustomer(offer.program(), programs.linkedIdeas(offer.program()), offer.whyNotEligible().orElse(null), offer.applied());
  }

  private ProgramDto customerView(SampleProgram program) {
    return ProgramDto.forCustomer(program, programs.linkedIdeas(program), "This program does not take applications now.", false);
  }

  private boolean isStaff() {
    return Caller.isStaff(security);
  }
}
