package org.example.portal.selfservice.rest;

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
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.file.UploadedFiles;
import org.example.portal.core.rest.Caller;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.knowledgebase.api.ArticleDrafts;
import org.example.portal.knowledgebase.api.ArticleRef;
import org.example.portal.selfservice.application.BulkChanges;
import org.example.portal.selfservice.application.BusinessHoursForm;
import org.example.portal.selfservice.application.IdeaConversion;
import org.example.portal.selfservice.application.MailImport;
import org.example.portal.selfservice.application.MailImportReport;
import org.example.portal.selfservice.application.QueueFilter;
import org.example.portal.selfservice.application.RatingForm;
import org.example.portal.selfservice.application.ReplyForm;
import org.example.portal.selfservice.application.SelfHelp;
import org.example.portal.selfservice.application.SlaPolicyForm;
import org.example.portal.selfservice.application.SupportSettings;
import org.example.portal.selfservice.application.TicketChanges;
import org.example.portal.selfservice.application.TicketForm;
import org.example.portal.selfservice.application.TicketService;
import org.example.portal.selfservice.application.Viewer;
import org.example.portal.selfservice.domain.Attachment;
import org.example.portal.selfservice.domain.Channel;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.SlaPolicy;
import org.example.portal.selfservice.domain.Ticket;
import org.example.portal.selfservice.domain.TicketMessage;
import org.example.portal.selfservice.domain.TicketStatus;

/**
 * Support tickets. Customers open, follow, answer and rate their own tickets and get "not found" for any
 * other; they never receive an internal note or internal file, in any response. Staff work the queues,
 * answer, write internal notes and change tickets against the version they saw (409 if it changed since).
 */
@Path("tickets")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {


  @Inject TicketService tickets;
  @Inject SelfHelp selfHelp;
  @Inject MailImport mailImport;
  @Inject SupportSettings settings;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @APIResponseSchema(value = TicketDto.class, responseCode = "201")
  @POST
  @RolesAllowed(Role.Names.CUSTOMER)
  public Response openTicket(@NotNull(message = "{request.body.required}") @Valid TicketForm form) {
    Ticket ticket = tickets.openTicket(Caller.id(security), form, Channel.API);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(ticket.getId())).build()).entity(full(ticket)).build();
  }

  @GET
  @Path("mine")
  @RolesAllowed(Role.Names.CUSTOMER)
  public List<TicketDto> myTickets() {
    return tickets.ticketsOf(Caller.id(security)).stream().map(this::brief).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public TicketDto ticket(@PathParam("id") long id) {
    return full(tickets.view(viewer(), id));
  }

  @GET
  @Path("{id}/messages")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public List<TicketDto.MessageDto> messages(@PathParam("id") long id) {
    return tickets.conversation(viewer(), id).stream().map(TicketDto.MessageDto::of).toList();
  }

  /** A reply, or for staff an internal note ({@code internal: true}); returns the ticket as the caller now sees it. */
  @APIResponseSchema(value = TicketDto.class, responseCode = "201")
  @POST
  @Path("{id}/messages")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public Response reply(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid ReplyForm form) {
    TicketMessage message = tickets.reply(viewer(), id, form, Channel.API);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(message.getId())).build()).entity(full(tickets.view(viewer(), id))).build();
  }

  @PUT
  @Path("{id}/rating")
  @RolesAllowed(Role.Names.CUSTOMER)
  public TicketDto rate(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid RatingForm form) {
    return full(tickets.rate(Caller.id(security), id, form));
  }

  /** Staff change status, priority, assignment or linked idea, against the {@code version} they saw. */
  @PUT
  @Path("{id}")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public TicketDto change(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid TicketChanges changes) {
    return full(tickets.changeTicket(Caller.id(security), id, changes));
  }

  /**
   * Turns the ticket into an idea posted for its customer (author and first voter), links them and tells the
   * customer; title, description and area default to the ticket's.
   */
  @POST
  @Path("{id}/idea")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public TicketDto convertToIdea(@PathParam("id") long id, IdeaConversion conversion) {
    return full(tickets.convertToIdea(Caller.id(security), id, conversion == null ? IdeaConversion.FROM_TICKET : conversion));
  }

  /** Starts a help-centre article draft from a solved ticket; the answer names the draft and its editor. */
  @POST
  @Path("{id}/article")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public ArticleDrafts.ArticleDraftRef draftArticle(@PathParam("id") long id) {
    return tickets.draftArticle(Caller.id(security), id);
  }

  @POST
  @Path("{id}/merge/{targetId}")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public TicketDto merge(@PathParam("id") long id, @PathParam("targetId") long targetId) {
    return full(tickets.mergeTicket(Caller.id(security), id, targetId));
  }

  /** A staff queue: active tickets unless statuses are given, what is due first unless sorted otherwise. */
  @GET
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public List<TicketDto> queue(
      @QueryParam("teamId") Long teamId,
      @QueryParam("assigneeId") Long assigneeId,
      @QueryParam("mine") boolean mine,
      @QueryParam("unassigned") boolean unassigned,
      @QueryParam("status") List<TicketStatus> statuses,
      @QueryParam("priority") List<Priority> priorities,
      @QueryParam("areaId") Long areaId,
      @QueryParam("breached") boolean breached,
      @QueryParam("q") String text,
      @QueryParam("sort") @DefaultValue("DUE") QueueFilter.Sort sort,
      @QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "{tickets.page.first}") int first,
      @QueryParam("max") @DefaultValue("50") @Min(value = 1, message = "{tickets.page.max}") @Max(value = 500, message = "{tickets.page.max}") int max) {
    QueueFilter filter =
        new QueueFilter(teamId, mine ? Long.valueOf(Caller.id(security)) : assigneeId, unassigned, Set.copyOf(statuses), Set.copyOf(priorities), areaId, breached, text);
    return tickets.queue(filter, sort, first, max).stream().map(this::brief).toList();
  }

  @POST
  @Path("bulk")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public TicketService.BulkResult bulk(@NotNull(message = "{request.body.required}") @Valid BulkChanges changes) {
    return tickets.changeTickets(Caller.id(security), changes);
  }

  // ------------------------------------------------------------------------------------------- attachments

  /** Adds a file (the request body) to a ticket; its type is decided from {@code fileName}, not from the request. */
  @APIResponseSchema(value = TicketDto.AttachmentDto.class, responseCode = "201")
  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public Response attach(@PathParam("id") long id, @QueryParam("fileName") String fileName, @QueryParam("internal") boolean internal, InputStream body)
      throws IOException {
    if (fileName == null || fileName.isBlank()) {
      throw new InvalidInputException("fileName", "Give the file's name, for example ?fileName=screenshot.png.");
    }
    Viewer viewer = viewer();
    tickets.view(viewer, id);
    Attachment attachment = tickets.attach(viewer, id, fileName, UploadedFiles.readAtMost(body, settings.attachments().maxBytes()), internal);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(attachment.getId())).build()).entity(TicketDto.AttachmentDto.of(attachment)).build();
  }

  /**
   * A file, always as a download: never shown inline, never sniffed into another type and sandboxed, so an
   * uploaded file cannot run as part of the portal.
   */
  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    TicketService.Download download = tickets.download(viewer(), id, attachmentId);
    Attachment a = download.attachment();
    String ascii = a.getFileName().replaceAll("[^\\x20-\\x7E]|[\\\\\"]", "_");
    return Response.ok(download.content(), a.getContentType())
        .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  // ------------------------------------------------------------------------------------ self-help, e-mail

  /** What may already answer a ticket being written: help articles and public ideas. */
  public record SuggestionsDto(List<ArticleRef> articles, List<IdeaRef> ideas) {}

  /** Knowledge-base articles and public ideas that may answer a ticket being written; open to everyone, signed in or not. */
  @GET
  @Path("suggestions")
  @PermitAll
  public SuggestionsDto suggestions(@QueryParam("q") String text, @QueryParam("language") @DefaultValue("en") String language) {
    return new SuggestionsDto(selfHelp.suggest(text, language), selfHelp.similarIdeas(text));
  }

  /** The customer read a suggested article and left without filing: counts one deflection. */
  public record DeflectionForm(@NotNull(message = "{tickets.deflection.article}") Long articleId, String typedText) {}

  @POST
  @Path("deflections")
  @RolesAllowed(Role.Names.CUSTOMER)
  public Response deflected(@NotNull(message = "{request.body.required}") @Valid DeflectionForm form) {
    selfHelp.recordDeflection(Caller.id(security), form.articleId(), form.typedText());
    return Response.noContent().build();
  }

  @GET
  @Path("deflections/count")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public Map<String, Long> deflections() {
    return Map.of("deflections", selfHelp.deflections());
  }

  /**
   * Imports e-mail: one RFC 822 message or an mbox file as the request body. Each becomes a ticket or a
   * reply; messages taken in before are skipped. {@code notify=false} imports an archive without mailing anyone.
   */
  @POST
  @Path("mail-import")
  @Consumes({"message/rfc822", "application/mbox", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.ADMIN})
  public MailImportReport importMail(@QueryParam("notify") @DefaultValue("true") boolean notify, byte[] content) {
    return mailImport.importFile(content, notify);
  }

  // ------------------------------------------------------------------------------------ canned replies, SLA

  public record CannedReplyDto(long id, String title, String body) {}

  public record CannedReplyForm(String title, String body) {}

  @GET
  @Path("canned-replies")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public List<CannedReplyDto> cannedReplies() {
    return tickets.cannedReplies().stream().map(c -> new CannedReplyDto(c.getId(), c.getTitle(), c.getBody())).toList();
  }

  @POST
  @Path("canned-replies")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.ADMIN})
  public CannedReplyDto addCannedReply(@NotNull(message = "{request.body.required}") CannedReplyForm form) {
    var c = tickets.saveCannedReply(null, form.title(), form.body());
    return new CannedReplyDto(c.getId(), c.getTitle(), c.getBody());
  }

  @PUT
  @Path("canned-replies/{replyId}")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.ADMIN})
  public CannedReplyDto changeCannedReply(@PathParam("replyId") long replyId, @NotNull(message = "{request.body.required}") CannedReplyForm form) {
    var c = tickets.saveCannedReply(replyId, form.title(), form.body());
    return new CannedReplyDto(c.getId(), c.getTitle(), c.getBody());
  }

  @DELETE
  @Path("canned-replies/{replyId}")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.ADMIN})
  public Response deleteCannedReply(@PathParam("replyId") long replyId) {
    tickets.deleteCannedReply(replyId);
    return Response.noContent().build();
  }

  /** A canned reply filled in for one ticket, ready to edit and send. */
  @GET
  @Path("{id}/canned-replies/{replyId}")
  @Produces(MediaType.TEXT_PLAIN)
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public String renderCannedReply(@PathParam("id") long id, @PathParam("replyId") long replyId) {
    return tickets.renderCannedReply(Caller.id(security), replyId, id);
  }

  public record SlaPolicyDto(Priority priority, String tier, int firstResponseMinutes, int resolutionMinutes) {
    static SlaPolicyDto of(SlaPolicy p) {
      return new SlaPolicyDto(p.getPriority(), p.getTier() == null ? null : p.getTier().name(), p.getFirstResponseMinutes(), p.getResolutionMinutes());
    }
  }

  @GET
  @Path("sla-policies")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public List<SlaPolicyDto> slaPolicies() {
    return tickets.slaPolicies().stream().map(SlaPolicyDto::of).toList();
  }

  @PUT
  @Path("sla-policies")
  @RolesAllowed(Role.Names.ADMIN)
  public SlaPolicyDto defineSlaPolicy(@NotNull(message = "{request.body.required}") @Valid SlaPolicyForm form) {
    return SlaPolicyDto.of(tickets.defineSlaPolicy(form));
  }

  /** Removes the policy of a priority and a tier (no tier: the priority's policy for every tier). */
  @DELETE
  @Path("sla-policies")
  @RolesAllowed(Role.Names.ADMIN)
  public Response deleteSlaPolicy(@QueryParam("priority") Priority priority, @QueryParam("tier") Tier tier) {
    tickets.deleteSlaPolicy(priority, tier);
    return Response.noContent().build();
  }

  /** The business hours service levels count in. */
  @GET
  @Path("business-hours")
  @RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public BusinessHoursForm businessHours() {
    return settings.hours();
  }

  /** Sets the business hours; a field that cannot be read is refused with a message naming it. */
  @PUT
  @Path("business-hours")
  @RolesAllowed(Role.Names.ADMIN)
  public BusinessHoursForm defineBusinessHours(@NotNull(message = "{request.body.required}") BusinessHoursForm form) {
    return settings.defineHours(form);
  }

  // ----------------------------------------------------------------------------------------------- helpers

  private Viewer viewer() {
    long id = Caller.id(security);
    return Caller.isStaff(security) ? Viewer.staff(id) : Viewer.customer(id);
  }

  private TicketDto brief(Ticket t) {
    return TicketDto.of(t, settings.calendar(), Instant.now(), null, null);
  }

  private TicketDto full(Ticket t) {
    Viewer viewer = viewer();
    return TicketDto.of(t, settings.calendar(), Instant.now(), t.conversationFor(viewer.staff()), tickets.attachments(viewer, t.getId()));
  }
}
