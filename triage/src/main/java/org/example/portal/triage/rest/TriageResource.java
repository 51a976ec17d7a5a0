package org.example.portal.triage.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.rest.Caller;
import org.example.portal.triage.application.Directory;
import org.example.portal.triage.application.DryRunRow;
import org.example.portal.triage.application.DuplicateService;
import org.example.portal.triage.application.InboxMaintenance;
import org.example.portal.triage.application.InboxPage;
import org.example.portal.triage.application.InboxQuery;
import org.example.portal.triage.application.InboxService;
import org.example.portal.triage.application.ItemAction;
import org.example.portal.triage.application.RebuildProgress;
import org.example.portal.triage.application.RuleForm;
import org.example.portal.triage.application.RuleService;
import org.example.portal.triage.application.SavedViews;
import org.example.portal.triage.application.Viewer;
import org.example.portal.triage.domain.InboxItem;
import org.example.portal.triage.rest.TriageDtos.InboxDto;
import org.example.portal.triage.rest.TriageDtos.ItemDto;
import org.example.portal.triage.rest.TriageDtos.LinkDto;
import org.example.portal.triage.rest.TriageDtos.LinkForm;
import org.example.portal.triage.rest.TriageDtos.MergeForm;
import org.example.portal.triage.rest.TriageDtos.OrderForm;
import org.example.portal.triage.rest.TriageDtos.RuleDto;
import org.example.portal.triage.rest.TriageDtos.SimilarDto;
import org.example.portal.triage.rest.TriageDtos.StoryDto;
import org.example.portal.triage.rest.TriageDtos.ViewDto;
import org.example.portal.triage.rest.TriageDtos.ViewForm;

/**
 * The staff inbox and its routing rules. Every staff member sees the inbox (confidential items only in
 * their own teams, unless they are a triage lead or admin); triage leads and admins manage the rules;
 * admins rebuild the inbox. Customers get 403 everywhere.
 */
@Path("triage")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class TriageResource {

  /** The oldest age a filter takes: a hundred years. */
  static final int MAX_AGE_DAYS = 36_500;
  /** How deep the inbox pages: beyond this, filters find an item faster than paging does. */
  static final int MAX_FIRST = 100_000;
  private static final String AGE = "Ages are whole days, from 0 to " + MAX_AGE_DAYS + ".";
  private static final String FIRST = "first is between 0 and " + MAX_FIRST + "; filter the inbox to reach older items.";

  @Inject InboxService inbox;
  @Inject RuleService rules;
  @Inject InboxMaintenance maintenance;
  @Inject SavedViews views;
  @Inject Directory directory;
  @Inject DuplicateService duplicates;
  @Context SecurityContext security;

  private Viewer viewer() {
    boolean seesAll = security.isUserInRole(Role.Names.TRIAGE_LEAD) || security.isUserInRole(Role.Names.ADMIN);
    return inbox.viewer(Caller.id(security), seesAll);
  }

  private List<ItemDto> dtos(List<InboxItem> items) {
    Directory.Names names = directory.names(items);
    return items.stream().map(i -> ItemDto.of(i, names)).toList();
  }

  private ItemDto dto(InboxItem item) {
    return ItemDto.of(item, directory.names(List.of(item)));
  }

  @GET
  @Path("inbox")
  public InboxDto inbox(
      @QueryParam("kind") String kind,
      @QueryParam("teamId") Long teamId,
      @QueryParam("queue") @DefaultValue("false") boolean queue,
      @QueryParam("areaId") Long areaId,
      @QueryParam("status") String status,
      @QueryParam("tier") Tier tier,
      @QueryParam("unassigned") @DefaultValue("false") boolean unassigned,
      @QueryParam("olderThanDays") @Min(value = 0, message = AGE) @Max(value = MAX_AGE_DAYS, message = AGE) Integer olderThanDays,
      @QueryParam("newerThanDays") @Min(value = 0, message = AGE) @Max(value = MAX_AGE_DAYS, message = AGE) Integer newerThanDays,
      @QueryParam("state") String state,
      @QueryParam("q") String text,
      @QueryParam("first") @DefaultValue("0") @Min(value = 0, message = FIRST) @Max(value = MAX_FIRST, message = FIRST) int first,
      @QueryParam("max") @DefaultValue("50") @Min(value = 1, message = "max is between 1 and 100.") @Max(value = 100, message = "max is between 1 and 100.") int max) {
    InboxPage page = inbox.inbox(viewer(),
        new InboxQuery(kind, teamId, queue, areaId, status, tier, unassigned, olderThanDays, newerThanDays, state, text, first, max));
    return new InboxDto(page.total(), page.exact(), dtos(page.items()));
  }

  @GET
  @Path("inbox/{id}")
  public ItemDto item(@PathParam("id") long id) {
    return dto(inbox.item(viewer(), id));
  }

  @GET
  @Path("inbox/submissions/{kind}/{submissionId}")
  public ItemDto bySubmission(@PathParam("kind") String kind, @PathParam("submissionId") long submissionId) {
    return dto(inbox.bySubmission(viewer(), kind, submissionId));
  }

  /** One action on one item: assign, set priority, tag, close or reopen. */
  @POST
  @Path("inbox/{id}/actions")
  public ItemDto act(@PathParam("id") long id, @NotNull(message = "Send the action as JSON.") @Valid ItemAction action) {
    return dto(inbox.act(viewer(), action, List.of(id)).getFirst());
  }

  /** The same action on many items at once, all or none. */
  @POST
  @Path("inbox/bulk")
  public List<ItemDto> bulk(@NotNull(message = "Send the action as JSON.") @Valid ItemAction action) {
    return dtos(inbox.act(viewer(), action, action.itemIds()));
  }

  /** Items of any kind that read like this one, and help-centre articles on the same subject. */
  @GET
  @Path("inbox/{id}/similar")
  public SimilarDto similar(@PathParam("id") long id,
      @QueryParam("max") @DefaultValue("8") @Min(value = 1, message = "max is between 1 and 20.") @Max(value = 20, message = "max is between 1 and 20.") int max) {
    return SimilarDto.of(duplicates.similarItems(viewer(), id, max));
  }

  /** The item's links to other items, oldest first: related, duplicate and merged. */
  @GET
  @Path("inbox/{id}/links")
  public List<LinkDto> links(@PathParam("id") long id) {
    return linkDtos(duplicates.linksOf(viewer(), id));
  }

  private List<LinkDto> linkDtos(List<DuplicateService.Linked> links) {
    return LinkDto.of(links, directory.people(links.stream().map(l -> l.link().getLinkedBy()).toList()));
  }

  @APIResponseSchema(value = LinkDto.class, responseCode = "201")
  @POST
  @Path("inbox/{id}/links")
  public Response link(@PathParam("id") long id, @NotNull(message = "Send the link as JSON.") LinkForm form) {
    DuplicateService.Linked linked = duplicates.linkItems(viewer(), id, form.itemId(), form.type());
    return Response.status(Response.Status.CREATED).entity(linkDtos(List.of(linked)).getFirst()).build();
  }

  @DELETE
  @Path("inbox/{id}/links/{otherId}")
  public Response unlink(@PathParam("id") long id, @PathParam("otherId") long otherId) {
    duplicates.unlinkItems(viewer(), id, otherId);
    return Response.noContent().build();
  }

  /**
   * Merges the item's submission into the submission of another item through the module that owns them (ideas
   * into ideas, tickets into tickets, a ticket onto an idea); answers the merged item as it is now.
   */
  @POST
  @Path("inbox/{id}/merge")
  public ItemDto merge(@PathParam("id") long id, @NotNull(message = "Send the merge as JSON.") MergeForm form) {
    return dto(duplicates.mergeItems(viewer(), id, form.intoId()));
  }

  @GET
  @Path("customers/{customerId}/story")
  public StoryDto story(@PathParam("customerId") long customerId) {
    Account customer = directory.account(customerId);
    InboxService.Story story = inbox.story(viewer(), customerId);
    return new StoryDto(customer.getId(), customer.getDisplayName(), customer.getEmail(), customer.getTier().name(),
        customer.getLanguage(), customer.getCreatedAt(), dtos(story.items()), story.activities());
  }

  @GET
  @Path("rules")
  public List<RuleDto> rules() {
    return rules.rules().stream().map(RuleDto::of).toList();
  }

  @APIResponseSchema(value = RuleDto.class, responseCode = "201")
  @POST
  @Path("rules")
  @RolesAllowed({Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public Response createRule(@NotNull(message = "Send the rule as JSON.") @Valid RuleForm form) {
    return Response.status(Response.Status.CREATED).entity(RuleDto.of(rules.createRule(form))).build();
  }

  @PUT
  @Path("rules/{id}")
  @RolesAllowed({Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public RuleDto updateRule(@PathParam("id") long id, @NotNull(message = "Send the rule as JSON.") @Valid RuleForm form) {
    return RuleDto.of(rules.updateRule(id, form));
  }

  @DELETE
  @Path("rules/{id}")
  @RolesAllowed({Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public Response deleteRule(@PathParam("id") long id) {
    rules.deleteRule(id);
    return Response.noContent().build();
  }

  @PUT
  @Path("rules/order")
  @RolesAllowed({Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public List<RuleDto> reorder(@NotNull(message = "Send the order as JSON.") OrderForm order) {
    return rules.reorder(order.ruleIds()).stream().map(RuleDto::of).toList();
  }

  /** Which saved rule would take each of the last 100 submissions now. */
  @GET
  @Path("rules/dry-run")
  @RolesAllowed({Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public List<DryRunRow> dryRun() {
    return rules.dryRun();
  }

  /** The same for a draft of the whole rule list, before it is saved. */
  @POST
  @Path("rules/dry-run")
  @RolesAllowed({Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public List<DryRunRow> dryRun(@NotNull(message = "Send the draft rules as a JSON array.") List<@NotNull(message = "Each draft rule is a JSON object.") @Valid RuleForm> draft) {
    return rules.dryRun(draft);
  }

  /** Rebuilds the inbox from every feature's submissions, in the background. */
  @POST
  @Path("rebuild")
  @RolesAllowed(Role.Names.ADMIN)
  public Response rebuild() {
    return Response.accepted(maintenance.rebuild()).build();
  }

  @GET
  @Path("rebuild")
  @RolesAllowed(Role.Names.ADMIN)
  public RebuildProgress rebuildProgress() {
    return maintenance.progress();
  }

  @GET
  @Path("views")
  public List<ViewDto> views() {
    return views.viewsOf(Caller.id(security)).stream().map(v -> new ViewDto(v.getId(), v.getName(), v.getQuery())).toList();
  }

  @POST
  @Path("views")
  public ViewDto saveView(@NotNull(message = "Send the view as JSON.") ViewForm form) {
    var view = views.save(Caller.id(security), form.name(), form.query());
    return new ViewDto(view.getId(), view.getName(), view.getQuery());
  }

  @DELETE
  @Path("views/{id}")
  public Response deleteView(@PathParam("id") long id) {
    views.delete(Caller.id(security), id);
    return Response.noContent().build();
  }
}
