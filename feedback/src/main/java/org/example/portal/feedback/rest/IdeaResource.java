package org.example.portal.feedback.rest;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.rest.Caller;
import org.example.portal.feedback.application.Board;
import org.example.portal.feedback.application.BoardQuery;
import org.example.portal.feedback.application.CommentForm;
import org.example.portal.feedback.application.HideForm;
import org.example.portal.feedback.application.IdeaForm;
import org.example.portal.feedback.application.IdeaNotifier;
import org.example.portal.feedback.application.IdeaService;
import org.example.portal.feedback.application.MergeForm;
import org.example.portal.feedback.application.PriorityForm;
import org.example.portal.feedback.application.ResponseForm;
import org.example.portal.feedback.application.StatusForm;
import org.example.portal.feedback.domain.Idea;
import org.example.portal.feedback.domain.IdeaHistoryEntry;
import org.example.portal.feedback.domain.IdeaStatus;
import org.example.portal.feedback.domain.Merge;
import org.example.portal.feedback.rest.IdeaDtos.BoardDto;
import org.example.portal.feedback.rest.IdeaDtos.ChangelogEntryDto;
import org.example.portal.feedback.rest.IdeaDtos.CommentDto;
import org.example.portal.feedback.rest.IdeaDtos.HistoryDto;
import org.example.portal.feedback.rest.IdeaDtos.IdeaDto;
import org.example.portal.feedback.rest.IdeaDtos.IdeaSummaryDto;
import org.example.portal.feedback.rest.IdeaDtos.MergeDto;
import org.example.portal.feedback.rest.IdeaDtos.NotificationDto;
import org.example.portal.feedback.rest.IdeaDtos.RoadmapDto;
import org.example.portal.feedback.rest.IdeaDtos.SimilarDto;
import org.example.portal.feedback.rest.IdeaDtos.UnsubscribeDto;

/**
 * Ideas. Anyone may read the board, an idea, the roadmap and the changelog; signed-in customers submit, vote,
 * follow and comment; product managers and admins review, prioritise, merge and change statuses; any staff
 * member may write internal comments and moderate; only admins undo merges. Internal comments, priorities
 * and moderation details never reach a customer.
 */
@Path("ideas")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IdeaResource {

  @Inject IdeaService ideas;
  @Inject Board board;
  @Inject IdeaNotifier notifier;
  @Inject CatalogService catalog;
  @Context SecurityContext security;
  @Context UriInfo uri;

  /** The board: filtered by area, status and tag, searched with {@code q}, in the chosen order. */
  @GET
  @PermitAll
  public BoardDto board(
      @QueryParam("areaId") Long areaId,
      @QueryParam("status") List<IdeaStatus> statuses,
      @QueryParam("tag") String tag,
      @QueryParam("q") String text,
      @QueryParam("sort") @DefaultValue("TRENDING") BoardQuery.Sort sort,
      @QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "{ideas.page.first}") int first,
      @QueryParam("max") @DefaultValue("20") @Min(value = 1, message = "{ideas.page.max}") @Max(value = 100, message = "{ideas.page.max}") int max) {
    return page(new BoardQuery(areaId, statusSet(statuses), tag, text, sort, null, null), first, max);
  }

  @APIResponseSchema(value = IdeaDto.class, responseCode = "201")
  @POST
  @RolesAllowed(Role.Names.CUSTOMER)
  public Response submit(@NotNull(message = "{request.body.required}") @Valid IdeaForm form) {
    long author = Caller.id(security);
    Idea idea = ideas.submit(author, form);
    // A new idea is followed by its author and has no votes yet: nothing to ask the database about that.
    IdeaDto body = IdeaDto.of(idea, ideas.nameOf(author), isStaff(), false, true, idea.isEditableBy(author));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(idea.getId())).build()).entity(body).build();
  }

  /** Existing ideas like the title being typed, so the customer can vote instead of posting a duplicate. */
  @GET
  @Path("similar")
  @PermitAll
  public List<SimilarDto> similar(
      @QueryParam("title") String title,
      @QueryParam("areaId") Long areaId,
      @QueryParam("max") @DefaultValue("5") @Min(value = 1, message = "{ideas.page.max}") @Max(value = 20, message = "{ideas.page.max}") int max) {
    var hits = board.similar(title, areaId, max);
    Map<Long, Idea> found = board.ideas(hits.stream().map(h -> Long.valueOf(h.id())).toList());
    return hits.stream()
        .filter(h -> found.containsKey(Long.valueOf(h.id())))
        .map(h -> {
          Idea i = found.get(Long.valueOf(h.id()));
          return new SimilarDto(i.getId(), h.title(), h.snippet(), i.getStatus().name(), i.getVoteCount());
        })
        .toList();
  }

  @GET
  @Path("mine")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public BoardDto mine(@QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "{ideas.page.first}") int first,
      @QueryParam("max") @DefaultValue("20") @Min(value = 1, message = "{ideas.page.max}") @Max(value = 100, message = "{ideas.page.max}") int max) {
    return page(new BoardQuery(null, null, null, null, BoardQuery.Sort.NEWEST, Caller.id(security), null), first, max);
  }

  @GET
  @Path("following")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public BoardDto following(@QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "{ideas.page.first}") int first,
      @QueryParam("max") @DefaultValue("20") @Min(value = 1, message = "{ideas.page.max}") @Max(value = 100, message = "{ideas.page.max}") int max) {
    return page(new BoardQuery(null, null, null, null, BoardQuery.Sort.TRENDING, null, Caller.id(security)), first, max);
  }

  /** New ideas waiting for a product team, oldest first, optionally of one product area. */
  @GET
  @Path("review-queue")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public BoardDto reviewQueue(@QueryParam("areaId") Long areaId,
      @QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "{ideas.page.first}") int first,
      @QueryParam("max") @DefaultValue("50") @Min(value = 1, message = "{ideas.page.max}") @Max(value = 100, message = "{ideas.page.max}") int max) {
    return page(new BoardQuery(areaId, Set.of(IdeaStatus.NEW), null, null, BoardQuery.Sort.OLDEST, null, null), first, max);
  }

  @GET
  @Path("roadmap")
  @PermitAll
  public RoadmapDto roadmap(@QueryParam("areaId") Long areaId) {
    Map<IdeaStatus, List<Idea>> columns = board.roadmap(areaId, 50);
    return new RoadmapDto(summaries(columns.get(IdeaStatus.PLANNED)), summaries(columns.get(IdeaStatus.IN_PROGRESS)), summaries(columns.get(IdeaStatus.SHIPPED)));
  }

  @GET
  @Path("changelog")
  @PermitAll
  public List<ChangelogEntryDto> changelog(
      @QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "{ideas.page.first}") int first,
      @QueryParam("max") @DefaultValue("20") @Min(value = 1, message = "{ideas.page.max}") @Max(value = 100, message = "{ideas.page.max}") int max) {
    List<IdeaHistoryEntry> shipped = board.changelog(first, max);
    Map<Long, Idea> found = board.ideas(shipped.stream().map(IdeaHistoryEntry::getIdeaId).distinct().toList());
    return shipped.stream()
        .filter(h -> found.containsKey(h.getIdeaId()) && !found.get(h.getIdeaId()).isHidden())
        .map(h -> new ChangelogEntryDto(h.getIdeaId(), found.get(h.getIdeaId()).getTitle(), h.getNote(), h.getAt()))
        .toList();
  }

  /** The board with its priority scores as CSV (same filters and order as the board). */
  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public Response export(
      @QueryParam("areaId") Long areaId,
      @QueryParam("status") List<IdeaStatus> statuses,
      @QueryParam("tag") String tag,
      @QueryParam("sort") @DefaultValue("SCORE") BoardQuery.Sort sort) {
    String csv = board.csv(new BoardQuery(areaId, statusSet(statuses), tag, null, sort, null, null), this::areaName);
    return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"ideas.csv\"").build();
  }

  @GET
  @Path("{id}")
  @PermitAll
  public IdeaDto idea(@PathParam("id") long id) {
    return dto(ideas.view(isStaff(), id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.Names.CUSTOMER)
  public IdeaDto edit(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid IdeaForm form) {
    return dto(ideas.edit(Caller.id(security), id, form));
  }

  @PUT
  @Path("{id}/vote")
  @RolesAllowed(Role.Names.CUSTOMER)
  public IdeaDto vote(@PathParam("id") long id) {
    return dto(ideas.vote(Caller.id(security), id));
  }

  @DELETE
  @Path("{id}/vote")
  @RolesAllowed(Role.Names.CUSTOMER)
  public IdeaDto unvote(@PathParam("id") long id) {
    return dto(ideas.unvote(Caller.id(security), id));
  }

  @PUT
  @Path("{id}/follow")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public IdeaDto follow(@PathParam("id") long id) {
    ideas.view(isStaff(), id);
    return dto(ideas.follow(Caller.id(security), id));
  }

  @DELETE
  @Path("{id}/follow")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public IdeaDto unfollow(@PathParam("id") long id) {
    return dto(ideas.unfollow(Caller.id(security), id));
  }

  /** The idea's comments; internal ones only for staff. */
  @GET
  @Path("{id}/comments")
  @PermitAll
  public List<CommentDto> comments(@PathParam("id") long id) {
    boolean staff = isStaff();
    return ideas.comments(staff, id).stream().map(c -> CommentDto.of(c, ideas.nameOf(c.getAuthorId()), staff)).toList();
  }

  @APIResponseSchema(value = CommentDto.class, responseCode = "201")
  @POST
  @Path("{id}/comments")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public Response comment(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid CommentForm form) {
    var comment = ideas.comment(Caller.id(security), isStaff(), id, form);
    return Response.status(Response.Status.CREATED).entity(CommentDto.of(comment, ideas.nameOf(comment.getAuthorId()), isStaff())).build();
  }

  @GET
  @Path("{id}/history")
  @PermitAll
  public List<HistoryDto> history(@PathParam("id") long id) {
    return ideas.history(isStaff(), id).stream().map(HistoryDto::of).toList();
  }

  @POST
  @Path("{id}/status")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public IdeaDto changeStatus(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid StatusForm form) {
    return dto(ideas.changeStatus(Caller.id(security), id, form));
  }

  @POST
  @Path("{id}/response")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public IdeaDto respond(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid ResponseForm form) {
    return dto(ideas.respond(Caller.id(security), id, form));
  }

  @PUT
  @Path("{id}/priority")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public IdeaDto prioritise(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid PriorityForm form) {
    return dto(ideas.prioritise(id, form));
  }

  /** Merges this idea (a duplicate) into {@code targetId}. */
  @POST
  @Path("{id}/merge")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public MergeDto merge(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid MergeForm form) {
    Merge merge = ideas.merge(Caller.id(security), id, form);
    return new MergeDto(merge.getId(), merge.getSourceId(), merge.getTargetId());
  }

  @POST
  @Path("{id}/unmerge")
  @RolesAllowed(Role.Names.ADMIN)
  public IdeaDto unmerge(@PathParam("id") long id) {
    return dto(ideas.unmerge(Caller.id(security), id));
  }

  @POST
  @Path("{id}/hide")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public IdeaDto hide(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid HideForm form) {
    return dto(ideas.hide(id, form));
  }

  @POST
  @Path("{id}/unhide")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public IdeaDto unhide(@PathParam("id") long id) {
    return dto(ideas.unhide(id));
  }

  @POST
  @Path("comments/{commentId}/hide")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public CommentDto hideComment(@PathParam("commentId") long commentId) {
    var comment = ideas.hideComment(commentId, true);
    return CommentDto.of(comment, ideas.nameOf(comment.getAuthorId()), true);
  }

  @POST
  @Path("comments/{commentId}/unhide")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public CommentDto unhideComment(@PathParam("commentId") long commentId) {
    var comment = ideas.hideComment(commentId, false);
    return CommentDto.of(comment, ideas.nameOf(comment.getAuthorId()), true);
  }

  @GET
  @Path("notifications")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public List<NotificationDto> notifications() {
    return notifier.notifications(Caller.id(security), 100).stream().map(NotificationDto::of).toList();
  }

  @POST
  @Path("notifications/read")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public Response markNotificationsRead() {
    notifier.markAllRead(Caller.id(security));
    return Response.noContent().build();
  }

  /** The unsubscribe link of an idea e-mail; works without signing in. An unknown token is a 404. */
  @POST
  @Path("unsubscribe")
  @PermitAll
  public Response unsubscribe(@NotNull(message = "{request.body.required}") UnsubscribeDto request) {
    if (notifier.unsubscribe(request.token(), request.ideaId(), request.all()).isEmpty()) {
      throw new InvalidInputException("token", "This unsubscribe link is not valid. Use the link in your latest e-mail, or change your e-mail settings on your account page.");
    }
    return Response.noContent().build();
  }

  private BoardDto page(BoardQuery query, int first, int max) {
    boolean staff = isStaff();
    Board.Page page = board.page(query, staff, first, max);
    return new BoardDto(page.total(), page.entries().stream().map(e -> IdeaSummaryDto.of(e.idea(), e.titleHtml(), e.snippetHtml(), staff)).toList());
  }

  private List<IdeaSummaryDto> summaries(List<Idea> list) {
    return list.stream().map(i -> IdeaSummaryDto.of(i, null, null, false)).toList();
  }

  private IdeaDto dto(Idea idea) {
    Long me = Caller.idOrNull(security);
    boolean voted = me != null && ideas.hasVoted(me, idea.getId());
    boolean following = me != null && ideas.follows(me, idea.getId());
    return IdeaDto.of(idea, ideas.nameOf(idea.getAuthorId()), isStaff(), voted, following, me != null && idea.isEditableBy(me));
  }

  private String areaName(long areaId) {
    return catalog.findArea(areaId).map(ProductArea::getName).orElse("#" + areaId);
  }

  private boolean isStaff() {
    return Caller.isStaff(security);
  }

  private static Set<IdeaStatus> statusSet(List<IdeaStatus> statuses) {
    return statuses == null || statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
  }
}
