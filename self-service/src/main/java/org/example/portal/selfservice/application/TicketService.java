package org.example.portal.selfservice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.config.PortalConfig;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.error.PortalException;
import org.example.portal.core.i18n.Translations;
import org.example.portal.core.notification.MailThread;
import org.example.portal.core.notification.Outbox;
import org.example.portal.core.submission.SubmissionChanged;
import org.example.portal.core.submission.SubmissionReceived;
import org.example.portal.core.team.application.TeamService;
import org.example.portal.core.team.domain.Team;
import org.example.portal.feedback.api.IdeaLookup;
import org.example.portal.feedback.api.IdeaProposals;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.knowledgebase.api.ArticleDrafts;
import org.example.portal.selfservice.domain.Attachment;
import org.example.portal.selfservice.domain.AttachmentContent;
import org.example.portal.selfservice.domain.CannedReply;
import org.example.portal.selfservice.domain.Channel;
import org.example.portal.selfservice.domain.MailReceipt;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.SlaPolicy;
import org.example.portal.selfservice.domain.SlaTargets;
import org.example.portal.selfservice.domain.Ticket;
import org.example.portal.selfservice.domain.TicketMessage;
import org.example.portal.selfservice.domain.TicketNotFoundException;
import org.example.portal.selfservice.domain.TicketNumber;
import org.example.portal.selfservice.domain.TicketStateException;
import org.example.portal.selfservice.domain.TicketStatus;
import org.example.portal.selfservice.domain.Visibility;

/**
 * Tickets from both sides: customers open, answer and rate their own tickets; staff answer, add internal
 * notes and move tickets along. Every change is one transaction that also queues the e-mails and fires the
 * submission events, so mail and triage see exactly what was committed. A customer asking for a ticket that
 * is not theirs is told it does not exist. Two staff members changing one ticket at once: the ticket's
 * version lets the first one through and tells the second what happened.
 */
@ApplicationScoped
@Transactional
public class TicketService {

  /** The kind of submission a ticket is, for triage and other observers. */
  public static final String SUBMISSION_KIND = "ticket";

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject CatalogService catalog;
  @Inject TeamService teams;
  @Inject Outbox outbox;
  @Inject PortalConfig config;
  @Inject SupportSettings settings;
  @Inject IdeaLookup ideas;
  @Inject IdeaProposals proposals;
  @Inject ArticleDrafts drafts;
  @Inject Event<SubmissionReceived> received;
  @Inject Event<SubmissionChanged> changed;

  Clock clock = Clock.systemUTC();

  public Ticket openTicket(long customerId, @NotNull @Valid TicketForm form, Channel channel) {
    Account customer = accounts.get(customerId);
    if (form.areaId() != null && catalog.findArea(form.areaId()).isEmpty()) {
      throw new InvalidInputException("areaId", "Choose a product area from the list, or none.");
    }
    Priority priority = Objects.requireNonNullElse(form.priority(), Priority.NORMAL);
    if (priority == Priority.URGENT && !customer.isStaff()) {
      throw new InvalidInputException("priority", "Support decides when a ticket is urgent; choose low, normal or high.");
    }
    return open(customer, form.subject(), form.description(), form.areaId(), priority, channel, true);
  }

  /** Opens a ticket for a customer whose input is already checked; tells triage and mails the customer. */
  Ticket open(Account customer, String subject, String description, Long areaId, Priority priority, Channel channel, boolean notify) {
    Instant now = clock.instant();
    Ticket ticket = new Ticket(customer.getId(), customer.getTier(), areaId, subject, description, priority, channel, targets(priority, customer.getTier()), settings.calendar(), now);
    Long team = areaId == null ? null : supportTeamFor(areaId);
    if (team != null) {
      ticket.assign(team, null, now);
    }
    em.persist(ticket);
    em.flush();
    received.fire(new SubmissionReceived(SUBMISSION_KIND, ticket.getId(), customer.getId(), areaId, title(ticket), summary(ticket.getDescription()), now));
    if (notify) {
      mailCustomer(ticket, "tickets.mail.opened", ticket.getSubject(), link(ticket));
    }
    return ticket;
  }

  /** The ticket if the viewer may see it: staff every ticket, a customer only their own. */
  public Ticket view(Viewer viewer, long ticketId) {
    Ticket ticket = ticket(ticketId);
    if (!viewer.staff() && ticket.getCustomerId() != viewer.accountId()) {
      throw new TicketNotFoundException(ticketId);
    }
    return ticket;
  }

  /** The messages the viewer may read, oldest first. */
  public List<TicketMessage> conversation(Viewer viewer, long ticketId) {
    return view(viewer, ticketId).conversationFor(viewer.staff());
  }

  public List<Ticket> ticketsOf(long customerId) {
    return em.createNamedQuery("Ticket.byCustomer", Ticket.class).setParameter("customerId", customerId).getResultList();
  }

  /**
   * Someone writes on a ticket. Customers write public replies on their own tickets only; staff may write
   * an internal note, choose the status a public reply leaves, and are stopped if the ticket changed since
   * the version they saw.
   */
  public TicketMessage reply(Viewer viewer, long ticketId, @NotNull @Valid ReplyForm form, Channel channel) {
    Ticket ticket = view(viewer, ticketId);
    Instant now = clock.instant();
    TicketStatus before = ticket.getStatus();
    TicketMessage message;
    if (viewer.staff()) {
      ticket.expectVersion(form.version());
      message = ticket.staffWrites(viewer.accountId(), form.body(), form.internal() ? Visibility.INTERNAL : Visibility.PUBLIC, form.status(), channel, settings.calendar(), now);
      if (!message.isInternal()) {
        mailCustomer(ticket, "tickets.mail.reply", ticket.getSubject(), message.getBody(), link(ticket));
      }
    } else {
      if (form.internal() || form.status() != null) {
        throw new InvalidInputException("internal", "Customers write public replies only.");
      }
      message = ticket.customerWrites(form.body(), channel, settings.reopenWithin(), settings.calendar(), now);
      mailAssignee(ticket, message);
    }
    committed(ticket, before, viewer.accountId(), message.isInternal());
    return message;
  }

  /** Staff change status, priority, assignment or the linked idea of one ticket, against the version they saw. */
  public Ticket changeTicket(long staffId, long ticketId, @NotNull @Valid TicketChanges changes) {
    Ticket ticket = ticket(ticketId);
    ticket.expectVersion(changes.version());
    apply(ticket, staffId, changes.status(), changes.priority(), changes.teamId(), changes.assigneeId(), changes.unassign());
    if (changes.ideaId() != null) {
      // 0 removes the link; an idea that was merged links to the idea it became.
      Long idea = changes.ideaId() == 0 ? null : ideas.find(changes.ideaId()).orElseThrow(() -> new InvalidInputException("ideaId", "There is no public idea " + changes.ideaId() + ".")).id();
      ticket.linkIdea(idea, clock.instant());
    }
    em.flush();
    return ticket;
  }

  /**
   * Turns a ticket into an idea: posted for the ticket's customer (its author and first voter), linked to the
   * ticket, and the customer is told by e-mail. Title, description and product area default to the ticket's.
   */
  public Ticket convertToIdea(long staffId, long ticketId, @NotNull IdeaConversion conversion) {
    Ticket ticket = ticket(ticketId);
    if (ticket.getIdeaId() != null && ideas.find(ticket.getIdeaId()).isPresent()) {
      throw new ConflictException("ideaId", ticket.number() + " is already linked to an idea.");
    }
    Long areaId = conversion.areaId() != null ? conversion.areaId() : ticket.getAreaId();
    if (areaId == null) {
      throw new InvalidInputException("areaId", "Choose the product area the idea belongs to.");
    }
    String title = conversion.title() != null ? conversion.title() : ticket.getSubject();
    String description = conversion.description() != null ? conversion.description() : ticket.getDescription();
    IdeaRef idea = proposals.proposeFor(ticket.getCustomerId(), title, description, areaId);
    ticket.linkIdea(idea.id(), clock.instant());
    mailCustomer(ticket, "tickets.mail.idea", idea.title(), config.baseUrl().resolve(idea.path()).toString());
    em.flush();
    return ticket;
  }

  /**
   * Starts a help-centre article from a solved (or closed) ticket: its subject as title, the customer's question
   * and support's public answers as text, in the customer's language. Internal notes never go into it; staff edit
   * the draft and decide whether to publish it.
   */
  public ArticleDrafts.ArticleDraftRef draftArticle(long staffId, long ticketId) {
    Ticket ticket = ticket(ticketId);
    if (ticket.getStatus() != TicketStatus.SOLVED && ticket.getStatus() != TicketStatus.CLOSED) {
      throw new ConflictException(ticket.number() + " is not solved yet: an article should give the answer that solved it.");
    }
    StringBuilder text = new StringBuilder("## ").append(Translations.shared().get(Locale.ENGLISH, "tickets.article.question")).append("\n\n")
        .append(ticket.getDescription().strip()).append("\n\n## ").append(Translations.shared().get(Locale.ENGLISH, "tickets.article.answer")).append("\n");
    ticket.conversationFor(false).stream().filter(TicketMessage::isFromStaff).forEach(m -> text.append("\n").append(m.getBody().strip()).append("\n"));
    String language = accounts.findById(ticket.getCustomerId()).map(Account::getLanguage).orElse("en");
    ArticleDrafts.ArticleDraftRef draft = drafts.draft(ticket.getSubject(), text.toString(), language);
    if (ticket.getStatus() != TicketStatus.CLOSED) {
      ticket.staffWrites(staffId, "Help-centre article draft #" + draft.id() + " started from this ticket.", Visibility.INTERNAL, null, Channel.WEB, settings.calendar(), clock.instant());
      em.flush();
    }
    return draft;
  }

  /**
   * An idea shipped: the customers whose tickets were linked to it (or to an idea merged into it) are told, once
   * each, in the transaction that shipped it.
   */
  void ideaShipped(long ideaId) {
    Optional<IdeaRef> idea = ideas.find(ideaId);
    if (idea.isEmpty()) {
      return;
    }
    String link = config.baseUrl().resolve(idea.get().path()).toString();
    Map<Long, Ticket> onePerCustomer = new HashMap<>();
    em.createNamedQuery("Ticket.byIdeas", Ticket.class).setParameter("ideaIds", List.copyOf(ideas.withMerged(ideaId))).getResultStream()
        .forEach(t -> onePerCustomer.putIfAbsent(t.getCustomerId(), t));
    onePerCustomer.values().forEach(t -> mailCustomer(t, "tickets.mail.ideaShipped", idea.get().title(), link));
  }

  /** The outcome of a bulk change: the tickets changed and, per ticket not changed, why. */
  public record BulkResult(List<Long> changed, Map<Long, String> failed) {}

  /** One change for many tickets; each that cannot take it is reported, the rest are changed. */
  public BulkResult changeTickets(long staffId, @NotNull @Valid BulkChanges changes) {
    List<Long> ids = changes.ids().stream().distinct().toList();
    Map<Long, Ticket> found = new HashMap<>();
    em.createNamedQuery("Ticket.byIds", Ticket.class).setParameter("ids", ids).getResultList().forEach(t -> found.put(t.getId(), t));
    List<Long> done = new ArrayList<>();
    Map<Long, String> failed = new HashMap<>();
    for (long id : ids) {
      Ticket ticket = found.get(id);
      if (ticket == null) {
        failed.put(id, new TicketNotFoundException(id).getMessage());
        continue;
      }
      // Check first so a ticket is changed completely or not at all.
      if (changes.status() != null && changes.status() != ticket.getStatus() && !ticket.getStatus().canMoveTo(changes.status())) {
        failed.put(id, "Ticket " + ticket.number() + " is " + statusText(ticket) + " and cannot become " + TicketStateException.label(changes.status()) + ".");
        continue;
      }
      try {
        apply(ticket, staffId, changes.status(), changes.priority(), changes.teamId(), changes.assigneeId(), false);
        done.add(id);
      } catch (PortalException e) {
        failed.put(id, e.getMessage());
      }
    }
    em.flush();
    return new BulkResult(done, failed);
  }

  private void apply(Ticket ticket, long staffId, TicketStatus status, Priority priority, Long teamId, Long assigneeId, boolean unassign) {
    Instant now = clock.instant();
    TicketStatus before = ticket.getStatus();
    if (priority != null) {
      ticket.changePriority(priority, targets(priority, ticket), settings.calendar(), now);
    }
    if (unassign) {
      ticket.assign(null, null, now);
    } else if (teamId != null || assigneeId != null) {
      Long team = teamId != null ? teams.team(teamId).getId() : ticket.getTeamId();
      if (assigneeId != null && !accounts.get(assigneeId).isStaff()) {
        throw new InvalidInputException("assigneeId", "Tickets can be assigned to staff only.");
      }
      ticket.assign(team, assigneeId != null ? assigneeId : ticket.getAssigneeId(), now);
    }
    if (status != null) {
      ticket.changeStatus(status, settings.calendar(), now);
    }
    if (ticket.getStatus() != before) {
      mailCustomer(ticket, "tickets.mail.status", ticket.getSubject(), link(ticket));
    }
    committed(ticket, before, staffId, false);
  }

  /** The customer rates a solved ticket. */
  public Ticket rate(long customerId, long ticketId, @NotNull @Valid RatingForm form) {
    Ticket ticket = view(Viewer.customer(customerId), ticketId);
    ticket.rate(form.satisfied(), form.comment(), clock.instant());
    em.flush();
    return ticket;
  }

  /** Closes a duplicate into the ticket it duplicates. */
  public Ticket mergeTicket(long staffId, long ticketId, long targetId) {
    Ticket ticket = ticket(ticketId);
    Ticket target = ticket(targetId);
    TicketStatus before = ticket.getStatus();
    ticket.mergeInto(target, staffId, settings.calendar(), clock.instant());
    mailCustomer(ticket, "tickets.mail.merged", ticket.getSubject(), target.number().toString(), link(target));
    committed(ticket, before, staffId, false);
    return target;
  }

  /** Closes up to {@code limit} tickets solved longer ago than the reopen period; returns how many it looked at. */
  public int closeSettledTickets(int limit) {
    Instant now = clock.instant();
    List<Ticket> due =
        em.createNamedQuery("Ticket.solvedBefore", Ticket.class).setParameter("cutoff", now.minus(settings.reopenWithin())).setMaxResults(limit).getResultList();
    for (Ticket ticket : due) {
      if (ticket.closeIfSettled(settings.reopenWithin(), now)) {
        changed.fire(new SubmissionChanged(SUBMISSION_KIND, ticket.getId(), ticket.getStatus().name(), null, now));
      }
    }
    em.flush();
    return due.size();
  }

  /** A staff queue, one page, in the chosen order. */
  public List<Ticket> queue(QueueFilter filter, QueueFilter.Sort sort, int first, int max) {
    TypedQuery<Ticket> query = queueQuery("select t", filter, sort, Ticket.class);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long countQueue(QueueFilter filter) {
    return queueQuery("select count(t)", filter, null, Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> queueQuery(String select, QueueFilter filter, QueueFilter.Sort sort, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" from Ticket t where t.status in :statuses");
    Map<String, Object> params = new HashMap<>();
    params.put("statuses", filter.statuses() == null || filter.statuses().isEmpty() ? TicketStatus.ACTIVE : filter.statuses());
    if (filter.teamId() != null) {
      jpql.append(" and t.teamId = :teamId");
      params.put("teamId", filter.teamId());
    }
    if (filter.assigneeId() != null) {
      jpql.append(" and t.assigneeId = :assigneeId");
      params.put("assigneeId", filter.assigneeId());
    }
    if (filter.unassignedOnly()) {
      jpql.append(" and t.assigneeId is null");
    }
    if (filter.priorities() != null && !filter.priorities().isEmpty()) {
      jpql.append(" and t.priority in :priorities");
      params.put("priorities", filter.priorities());
    }
    if (filter.areaId() != null) {
      jpql.append(" and t.areaId = :areaId");
      params.put("areaId", filter.areaId());
    }
    if (filter.breachedOnly()) {
      jpql.append(" and (t.resolutionBreached = true or t.resolution.due < :now or t.resolution.usedSeconds > t.resolution.targetSeconds")
          .append(" or (t.firstResponseAt is null and t.firstResponseDue < :now) or t.firstResponseAt > t.firstResponseDue)");
      params.put("now", clock.instant());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      Optional<TicketNumber> number = TicketNumber.parse(filter.text());
      if (number.isPresent()) {
        jpql.append(" and t.id = :number");
        params.put("number", number.get().value());
      } else {
        jpql.append(" and lower(t.subject) like :text");
        params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      }
    }
    if (sort != null) {
      jpql.append(
          switch (sort) {
            case DUE -> " order by t.resolution.due, t.firstResponseDue, t.id";
            case NEWEST -> " order by t.createdAt desc, t.id desc";
            case OLDEST -> " order by t.createdAt, t.id";
            case PRIORITY -> " order by t.priority desc, t.resolution.due, t.id";
            case UPDATED -> " order by t.updatedAt desc, t.id desc";
          });
    }
    TypedQuery<T> query = em.createQuery(jpql.toString(), type);
    params.forEach(query::setParameter);
    return query;
  }

  // ------------------------------------------------------------------------------------------- attachments

  /**
   * Adds a file to a ticket. Customers add to their own tickets, visible to everyone on it; staff may add
   * an internal one. The type it will be served as is decided here, from the file name, never from the client.
   */
  public Attachment attach(Viewer viewer, long ticketId, String fileName, byte[] content, boolean internal) {
    Ticket ticket = view(viewer, ticketId);
    if (internal && !viewer.staff()) {
      throw new InvalidInputException("internal", "Customers add files that support can see; internal files are for staff.");
    }
    String type = settings.attachments().check(fileName, content);
    return store(ticket.getId(), null, viewer.accountId(), internal, fileName, type, content);
  }

  Attachment store(long ticketId, Long messageId, Long uploaderId, boolean internal, String fileName, String type, byte[] content) {
    Attachment attachment = new Attachment(ticketId, messageId, uploaderId, internal, fileName, type, content.length, clock.instant());
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.getId(), content));
    return attachment;
  }

  public List<Attachment> attachments(Viewer viewer, long ticketId) {
    view(viewer, ticketId);
    return em.createNamedQuery("Attachment.byTicket", Attachment.class).setParameter("ticketId", ticketId).getResultList().stream()
        .filter(a -> viewer.staff() || !a.isInternal())
        .toList();
  }

  /** A file and its bytes, if the viewer may see the ticket and the file. */
  public record Download(Attachment attachment, byte[] content) {}

  public Download download(Viewer viewer, long ticketId, long attachmentId) {
    view(viewer, ticketId);
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null || attachment.getTicketId() != ticketId || (attachment.isInternal() && !viewer.staff())) {
      throw new NotFoundException("Attachment", attachmentId);
    }
    return new Download(attachment, em.find(AttachmentContent.class, attachmentId).getContent());
  }

  // ------------------------------------------------------------------------------------ canned replies, SLA

  public List<CannedReply> cannedReplies() {
    return em.createNamedQuery("CannedReply.all", CannedReply.class).getResultList();
  }

  /** A canned reply with its placeholders filled in for one ticket and the staff member answering. */
  public String renderCannedReply(long staffId, long cannedReplyId, long ticketId) {
    CannedReply reply = Optional.ofNullable(em.find(CannedReply.class, cannedReplyId)).orElseThrow(() -> new NotFoundException("Canned reply", cannedReplyId));
    Ticket ticket = ticket(ticketId);
    return reply.render(
        Map.of(
            CannedReply.CUSTOMER_NAME, accounts.findById(ticket.getCustomerId()).map(Account::getDisplayName).orElse(""),
            CannedReply.TICKET_NUMBER, ticket.number().toString(),
            CannedReply.TICKET_SUBJECT, ticket.getSubject(),
            CannedReply.AGENT_NAME, accounts.findById(staffId).map(Account::getDisplayName).orElse("")));
  }

  public CannedReply saveCannedReply(Long id, String title, String body) {
    if (title == null || title.isBlank() || title.length() > CannedReply.TITLE_MAX_LENGTH) {
      throw new InvalidInputException("title", "Give the reply a title of at most " + CannedReply.TITLE_MAX_LENGTH + " characters.");
    }
    if (body == null || body.isBlank() || body.length() > CannedReply.BODY_MAX_LENGTH) {
      throw new InvalidInputException("body", "Write the reply, at most " + CannedReply.BODY_MAX_LENGTH + " characters.");
    }
    CannedReply reply;
    if (id == null) {
      reply = new CannedReply(title, body);
      em.persist(reply);
    } else {
      reply = Optional.ofNullable(em.find(CannedReply.class, id)).orElseThrow(() -> new NotFoundException("Canned reply", id));
      reply.change(title, body);
    }
    em.flush();
    return reply;
  }

  public void deleteCannedReply(long id) {
    CannedReply reply = Optional.ofNullable(em.find(CannedReply.class, id)).orElseThrow(() -> new NotFoundException("Canned reply", id));
    em.remove(reply);
  }

  public List<SlaPolicy> slaPolicies() {
    return em.createNamedQuery("SlaPolicy.all", SlaPolicy.class).getResultList();
  }

  /** Sets the targets for a priority and tier; tickets opened from now on get them. */
  public SlaPolicy defineSlaPolicy(@NotNull @Valid SlaPolicyForm form) {
    SlaPolicy policy =
        slaPolicies().stream().filter(p -> p.getPriority() == form.priority() && p.getTier() == form.tier()).findFirst().orElse(null);
    if (policy == null) {
      policy = new SlaPolicy(form.priority(), form.tier(), form.firstResponseMinutes(), form.resolutionMinutes());
      em.persist(policy);
    } else {
      policy.change(form.firstResponseMinutes(), form.resolutionMinutes());
    }
    em.flush();
    return policy;
  }

  /**
   * Removes the policy of a priority and tier; tickets opened from now on fall back to the priority's policy for
   * every tier, then to the normal priority's. The normal priority's policy for every tier stays: it is the last
   * fallback.
   */
  public void deleteSlaPolicy(Priority priority, Tier tier) {
    if (priority == null) {
      throw new InvalidInputException("priority", "Say which priority's policy to remove.");
    }
    if (priority == Priority.NORMAL && tier == null) {
      throw new InvalidInputException("priority", "The policy for normal priority and every tier is the fallback of all others; change it instead.");
    }
    SlaPolicy policy =
        slaPolicies().stream().filter(p -> p.getPriority() == priority && p.getTier() == tier).findFirst()
            .orElseThrow(() -> new NotFoundException("Service-level policy", priority + (tier == null ? "" : "/" + tier)));
    em.remove(policy);
  }

  // ----------------------------------------------------------------------------------------------- helpers

  Ticket ticket(long ticketId) {
    return Optional.ofNullable(em.find(Ticket.class, ticketId)).orElseThrow(() -> new TicketNotFoundException(ticketId));
  }

  private SlaTargets targets(Priority priority, Ticket ticket) {
    return targets(priority, ticket.getCustomerTier());
  }

  private SlaTargets targets(Priority priority, Tier tier) {
    // Without a policy for the priority the targets of a normal ticket apply, so no ticket is without a clock.
    return SlaPolicy.choose(slaPolicies(), priority, tier)
        .or(() -> SlaPolicy.choose(slaPolicies(), Priority.NORMAL, tier))
        .map(SlaPolicy::targets)
        .orElse(SlaTargets.ofMinutes(480, 2400));
  }

  /** The support team that covers the area, if exactly one way to choose exists: the first by name. */
  Long supportTeamFor(long areaId) {
    return teams.teams().stream().filter(t -> t.getKind() == Team.Kind.SUPPORT && t.covers(areaId)).map(Team::getId).findFirst().orElse(null);
  }

  /** Flushes now, so a concurrent change fails here with a conflict rather than at commit; tells observers of a new status. */
  void committed(Ticket ticket, TicketStatus before, Long actorId, boolean internalOnly) {
    em.flush();
    if (ticket.getStatus() != before && !internalOnly) {
      changed.fire(new SubmissionChanged(SUBMISSION_KIND, ticket.getId(), ticket.getStatus().name(), actorId, clock.instant()));
    }
  }

  void mailCustomer(Ticket ticket, String key, String... params) {
    accounts.findById(ticket.getCustomerId()).ifPresent(customer -> mail(customer, ticket, key, params));
  }

  private void mailAssignee(Ticket ticket, TicketMessage message) {
    if (ticket.getAssigneeId() != null) {
      accounts.findById(ticket.getAssigneeId()).ifPresent(agent -> mail(agent, ticket, "tickets.mail.customerReplied", ticket.getSubject(), message.getBody(), link(ticket)));
    }
  }

  private void mail(Account to, Ticket ticket, String key, String... params) {
    Locale locale = Locale.of(to.getLanguage());
    String status = Translations.shared().get(locale, "tickets.status." + ticket.getStatus().name());
    // The tag in the subject is how an answer by e-mail finds its way back to this ticket.
    String subject = ticket.number().tag() + " " + Translations.shared().get(locale, key + ".subject", prepend(status, params));
    // Every mail of a ticket answers the ticket's root id, so mail programs thread them; its own id is kept
    // like a received one, so an answer that names it in In-Reply-To or References finds the ticket.
    MailThread thread = outbox.thread("ticket-" + ticket.getId());
    outbox.enqueue(to.getEmail(), subject, Translations.shared().get(locale, key + ".body", prepend(to.getDisplayName(), ticket.number().toString(), prepend(status, params))), thread);
    em.persist(new MailReceipt(thread.messageId(), ticket.getId(), false, clock.instant()));
  }

  private static String[] prepend(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static Object[] prepend(String first, String second, String... rest) {
    return prepend(first, prepend(second, rest));
  }

  static String statusText(Ticket ticket) {
    return TicketStateException.label(ticket.getStatus());
  }

  public String link(Ticket ticket) {
    return config.baseUrl().resolve("tickets/" + ticket.getId()).toString();
  }

  /** How a ticket is announced to triage: its number and subject. */
  static String title(Ticket ticket) {
    return ticket.number() + ": " + ticket.getSubject();
  }

  static String summary(String text) {
    return text.length() <= 500 ? text : text.substring(0, 500) + "…";
  }
}
