package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.submission.SubmissionChanged;
import org.example.portal.core.submission.SubmissionChanges;
import org.example.portal.core.submission.SubmissionReceived;
import org.example.portal.prototypes.domain.FeedbackDebt;
import org.example.portal.prototypes.domain.FeedbackDebtException;
import org.example.portal.prototypes.domain.NotYourRequestException;
import org.example.portal.prototypes.domain.ReminderKind;
import org.example.portal.prototypes.domain.RequestState;
import org.example.portal.prototypes.domain.SampleProgram;
import org.example.portal.prototypes.domain.SampleRequest;

/**
 * Sample requests from both sides: customers apply and follow them; product teams approve, decline,
 * ship and record deliveries. Every change is one transaction that also queues the customer's e-mail and
 * fires the submission event. Units are taken from the quota only by the database's conditional update, so
 * the quota holds however many customers apply at once; customers in feedback debt can neither apply nor
 * receive a sample.
 */
@ApplicationScoped
@Transactional
public class SampleRequestService {

  /** The kind of submission an application is, for triage and other observers. */
  public static final String SUBMISSION_KIND = "sample-request";

  @PersistenceContext EntityManager em;
  @Inject SampleProgramService programs;
  @Inject Accounts accounts;
  @Inject SampleMail mail;
  @Inject Event<SubmissionReceived> received;
  @Inject Event<SubmissionChanged> changed;
  @Inject SubmissionChanges submissionChanges;


  Clock clock = Clock.systemUTC();

  /**
   * A customer applies, accepting the program's terms in the version they read. With auto-approve on, a
   * unit is reserved at once while any is left; otherwise the application waits for the team.
   */
  public SampleRequest requestSample(long customerId, @NotNull @Valid ApplicationForm form) {
    Instant now = clock.instant();
    SampleProgram program = programs.visibleProgram(form.programId());
    if (!program.acceptsApplicationsAt(now)) {
      throw new ConflictException("programId", "This program does not take applications now.");
    }
    requireNoDebt(customerId);
    programs.whyNotEligible(program, customerId).ifPresent(reason -> {
      throw new ConflictException("programId", reason);
    });
    if (findRequest(program.getId(), customerId).isPresent()) {
      throw new ConflictException("programId", "You have already applied for this program.");
    }
    SampleRequest request = new SampleRequest(program, customerId, accounts.get(customerId).getTier(), form.termsVersion(), form.motivation(), now);
    em.persist(request);
    em.flush();
    received.fire(
        new SubmissionReceived(
            SUBMISSION_KIND,
            request.getId(),
            customerId,
            program.getAreaId(),
            title(program),
            Objects.requireNonNullElse(request.getMotivation(), ""),
            now));
    if (program.isAutoApprove() && programs.takeUnit(program.getId())) {
      request.approve(null, now);
      approved(request, program, null);
    }
    return request;
  }

  /** The team approves an application; refused when no unit is left or the customer owes feedback. */
  public SampleRequest approve(long staffId, long requestId) {
    SampleRequest request = request(requestId);
    SampleProgram program = programs.program(request.getProgramId());
    requireNoDebt(request.getCustomerId());
    request.approve(staffId, clock.instant());
    if (!programs.takeUnit(program.getId())) {
      // Thrown out of the transaction, which undoes the approval above.
      throw new ConflictException("All " + program.getUnits() + " units of " + program.displayName() + " are promised; raise the quota to approve more.");
    }
    return approved(request, program, staffId);
  }

  /**
   * Approves waiting applications in the order they came, while units are left. Customers in feedback debt
   * are skipped and stay waiting. Returns the approved requests.
   */
  public List<SampleRequest> approveInOrder(long staffId, long programId) {
    SampleProgram program = programs.program(programId);
    List<SampleRequest> approvedNow = new ArrayList<>();
    for (SampleRequest request : requestsOf(programId, EnumSet.of(RequestState.APPLIED))) {
      if (!debtOf(request.getCustomerId()).isEmpty()) {
        continue;
      }
      if (!programs.takeUnit(programId)) {
        break;
      }
      request.approve(staffId, clock.instant());
      approvedNow.add(approved(request, program, staffId));
    }
    return approvedNow;
  }

  public SampleRequest decline(long staffId, long requestId, @NotNull @Valid DeclineForm form) {
    SampleRequest request = request(requestId);
    SampleProgram program = programs.program(request.getProgramId());
    request.decline(staffId, form.reason(), clock.instant());
    mail.send(request.getCustomerId(), "samples.mail.declined", program.displayName(), request.getDeclineReason(), mail.requestLink(request.getId()));
    return committed(request, staffId);
  }

  public SampleRequest ship(long staffId, long requestId, @NotNull @Valid ShipmentForm form) {
    SampleRequest request = request(requestId);
    SampleProgram program = programs.program(request.getProgramId());
    boolean first = request.getState() == RequestState.APPROVED;
    if (first) {
      requireNoDebt(request.getCustomerId());
    }
    Instant now = clock.instant();
    request.ship(staffId, form.carrier(), form.trackingNumber(), Objects.requireNonNullElse(form.shippedAt(), now), now);
    mail.send(
        request.getCustomerId(), "samples.mail.shipped", program.displayName(), request.getCarrier(), request.getTrackingNumber(), mail.requestLink(request.getId()));
    return committed(request, staffId);
  }

  public SampleRequest deliver(long staffId, long requestId, @NotNull @Valid DeliveryForm form) {
    SampleRequest request = request(requestId);
    SampleProgram program = programs.program(request.getProgramId());
    Instant now = clock.instant();
    request.deliver(program, staffId, Objects.requireNonNullElse(form.deliveredAt(), now), now);
    mail.send(
        request.getCustomerId(), "samples.mail.delivered", program.displayName(), SampleMail.day(request.getFeedbackDueAt()), mail.requestLink(request.getId()));
    return committed(request, staffId);
  }

  /**
   * Ids of requests that may need a reminder now: feedback open, due within the longest reminder lead
   * time or past due, and the overdue reminder not yet sent. Oldest due date first.
   */
  public List<Long> reminderCandidates(int limit, int offset) {
    return em.createNamedQuery("SampleRequest.reminderCandidates", Long.class)
        .setParameter("states", RequestState.AWAITING_FEEDBACK)
        .setParameter("horizon", clock.instant().plus(ReminderKind.LONGEST_LEAD))
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Sends the reminder this request needs now, if any, by e-mail and in the portal (the request's state),
   * and records it so it is never sent again. Returns what was sent.
   */
  public Optional<ReminderKind> remindIfDue(long requestId) {
    Optional<ReminderKind> sent = remind(request(requestId), clock.instant());
    em.flush();
    return sent;
  }

  /**
   * {@link #remindIfDue} for many requests in one transaction, written as sets rather than as entities: the
   * requests and their customers' addresses are read as plain columns and their programs in one query each, each group of
   * requests that makes the same change (same reminder, same state, same version) gets one history
   * {@code INSERT … SELECT} and one {@code UPDATE}, and the e-mails go to the outbox in JDBC batches. The
   * update only changes rows still at the version read, so when another server reminded one of them
   * meanwhile, fewer rows change than were read: the whole batch is rolled back (its e-mails with it) and
   * the caller goes through it one request at a time. The inbox hears of the state changes after the
   * commit, from the server's executor.
   */
  public Map<ReminderKind, Integer> remindAllDue(List<Long> requestIds) {
    Map<ReminderKind, Integer> sent = new EnumMap<>(ReminderKind.class);
    if (requestIds.isEmpty()) {
      return sent;
    }
    Instant now = clock.instant();
    List<Object[]> rows = em.createNamedQuery("SampleRequest.reminderRows", Object[].class).setParameter("ids", requestIds).getResultList();
    if (rows.isEmpty()) {
      return sent;
    }
    // The batch's programs in one query: one look-up each would be a round trip per program.
    Map<Long, SampleProgram> programsById = new HashMap<>();
    em.createQuery("select p from SampleProgram p where p.id in :ids", SampleProgram.class)
        .setParameter("ids", rows.stream().map(row -> (Long) row[1]).distinct().toList())
        .getResultList()
        .forEach(p -> programsById.put(p.getId(), p));
    Map<ReminderGroup, List<DueReminder>> groups = new LinkedHashMap<>();
    for (Object[] row : rows) {
      RequestState state = (RequestState) row[3];
      Instant dueAt = (Instant) row[5];
      if (!state.awaitsFeedback() || dueAt == null) {
        continue;
      }
      SampleProgram program = programsById.get((Long) row[1]);
      Optional<ReminderKind> kind = ReminderKind.dueNow(now, dueAt, program.getDueDays(), row[6] != null, row[7] != null, row[8] != null);
      kind.ifPresent(k -> groups
          .computeIfAbsent(new ReminderGroup(k, state, (Integer) row[4], (Long) row[9]), g -> new ArrayList<>())
          .add(new DueReminder((Long) row[0], (Long) row[2], program, dueAt)));
    }
    Map<Long, SampleMail.Recipient> recipients =
        mail.recipients(groups.values().stream().flatMap(List::stream).map(DueReminder::customerId).collect(Collectors.toSet()));
    List<SubmissionChanged> events = new ArrayList<>();
    for (Map.Entry<ReminderGroup, List<DueReminder>> group : groups.entrySet()) {
      ReminderGroup g = group.getKey();
      List<Long> ids = group.getValue().stream().map(DueReminder::requestId).toList();
      RequestState after = SampleRequest.stateAfterReminder(g.kind(), g.state());
      if (after != g.state()) {
        recordHistory(ids, g, after, now);
        ids.forEach(id -> events.add(new SubmissionChanged(SUBMISSION_KIND, id, after.name(), null, now)));
      }
      int changed = em.createQuery(reminderUpdate(g.kind()))
          .setParameter("state", after)
          .setParameter("now", now)
          .setParameter("ids", ids)
          .setParameter("version", g.version())
          .executeUpdate();
      if (changed != ids.size()) {
        throw new OptimisticLockException("Another server reminded " + (ids.size() - changed) + " of these requests a moment ago.");
      }
      for (DueReminder r : group.getValue()) {
        mail.send(recipients.get(r.customerId()), mailKey(g.kind()), r.program().displayName(), SampleMail.day(r.dueAt()), mail.requestLink(r.requestId()));
      }
      sent.merge(g.kind(), ids.size(), Integer::sum);
    }
    em.flush();
    submissionChanges.afterCommit(events);
    return sent;
  }

  /** Requests that get the same reminder from the same state at the same version change alike. */
  private record ReminderGroup(ReminderKind kind, RequestState state, int round, long version) {}

  private record DueReminder(long requestId, long customerId, SampleProgram program, Instant dueAt) {}

  /**
   * The change {@link SampleRequest#remind} makes, for many rows: the reminder and those it skipped are
   * stamped, the state moves, the version goes up, and only rows still at the version read are touched.
   */
  private static String reminderUpdate(ReminderKind kind) {
    return "update SampleRequest r set r.state = :state, r.version = r.version + 1, r.remindedBeforeAt = coalesce(r.remindedBeforeAt, :now)"
        + (kind != ReminderKind.BEFORE_DUE ? ", r.remindedDueAt = coalesce(r.remindedDueAt, :now)" : "")
        + (kind == ReminderKind.OVERDUE ? ", r.remindedOverdueAt = coalesce(r.remindedOverdueAt, :now)" : "")
        + " where r.id in :ids and r.version = :version";
  }

  /**
   * One history row per request, as {@link SampleRequest#remind} records it. Each row takes a sequence value of
   * its own: with the sequence's increment of 50, EclipseLink never hands out those ids.
   */
  private void recordHistory(List<Long> ids, ReminderGroup group, RequestState after, Instant now) {
    String note = group.kind() == ReminderKind.OVERDUE ? SampleRequest.overdueNote(group.round()) : SampleRequest.REMINDED_NOTE;
    var insert = em.createNativeQuery(
            "insert into samples_history (id, request_id, at, actor_id, from_state, to_state, note)"
                + " select nextval('samples_history_seq'), id, ?, null, ?, ?, ? from samples_request where version = ? and id in ("
                + ids.stream().map(id -> "?").collect(Collectors.joining(",")) + ")")
        .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .setParameter(2, group.state().name())
        .setParameter(3, after.name())
        .setParameter(4, note)
        .setParameter(5, group.version());
    for (int i = 0; i < ids.size(); i++) {
      insert.setParameter(6 + i, ids.get(i));
    }
    insert.executeUpdate();
  }

  private static String mailKey(ReminderKind kind) {
    return switch (kind) {
      case BEFORE_DUE -> "samples.mail.reminder";
      case ON_DUE -> "samples.mail.dueToday";
      case OVERDUE -> "samples.mail.overdue";
    };
  }

  private Optional<ReminderKind> remind(SampleRequest request, Instant now) {
    SampleProgram program = programs.program(request.getProgramId());
    Optional<ReminderKind> due = request.pendingReminder(program, now);
    due.ifPresent(kind -> {
      RequestState before = request.getState();
      request.remind(kind, now);
      mail.send(request.getCustomerId(), mailKey(kind), program.displayName(), SampleMail.day(request.getFeedbackDueAt()), mail.requestLink(request.getId()));
      if (before != request.getState()) {
        changed.fire(new SubmissionChanged(SUBMISSION_KIND, request.getId(), request.getState().name(), null, now));
      }
    });
    return due;
  }

  /** A request as its customer or a staff member sees it; another customer is refused. */
  public SampleRequest viewRequest(long viewerId, boolean staff, long requestId) {
    SampleRequest request = request(requestId);
    if (!staff && request.getCustomerId() != viewerId) {
      throw new NotYourRequestException(requestId);
    }
    return request;
  }

  public List<SampleRequest> requestsOf(long customerId) {
    return em.createNamedQuery("SampleRequest.byCustomer", SampleRequest.class).setParameter("customerId", customerId).getResultList();
  }

  public List<SampleRequest> requestsOf(long programId, Collection<RequestState> states) {
    return em.createNamedQuery("SampleRequest.byProgram", SampleRequest.class)
        .setParameter("programId", programId)
        .setParameter("states", states.isEmpty() ? EnumSet.allOf(RequestState.class) : states)
        .getResultList();
  }

  /** Requests whose feedback is open now: what the customer sees as "to do" in the portal. */
  public List<SampleRequest> feedbackToGive(long customerId) {
    return em.createNamedQuery("SampleRequest.ofCustomerInStates", SampleRequest.class)
        .setParameter("customerId", customerId)
        .setParameter("states", RequestState.AWAITING_FEEDBACK)
        .getResultList();
  }

  /** The overdue feedback this customer owes, each item named. */
  public FeedbackDebt debtOf(long customerId) {
    List<FeedbackDebt.Item> items =
        em.createNamedQuery("SampleRequest.ofCustomerInStates", SampleRequest.class)
            .setParameter("customerId", customerId)
            .setParameter("states", EnumSet.of(RequestState.OVERDUE))
            .getResultList()
            .stream()
            .map(r -> new FeedbackDebt.Item(r.getId(), r.getProgramId(), programName(r), r.getFeedbackRound(), r.getFeedbackDueAt()))
            .toList();
    return new FeedbackDebt(items);
  }

  public String programName(SampleRequest request) {
    return programs.findProgram(request.getProgramId()).map(SampleProgram::displayName).orElse("#" + request.getProgramId());
  }

  public SampleRequest request(long requestId) {
    return Optional.ofNullable(em.find(SampleRequest.class, requestId)).orElseThrow(() -> new NotFoundException("Sample request", requestId));
  }

  private Optional<SampleRequest> findRequest(long programId, long customerId) {
    return em.createQuery("select r from SampleRequest r where r.programId = :programId and r.customerId = :customerId", SampleRequest.class)
        .setParameter("programId", programId)
        .setParameter("customerId", customerId)
        .getResultStream()
        .findFirst();
  }

  private void requireNoDebt(long customerId) {
    FeedbackDebt debt = debtOf(customerId);
    if (!debt.isEmpty()) {
      throw new FeedbackDebtException(debt);
    }
  }

  private SampleRequest approved(SampleRequest request, SampleProgram program, Long actorId) {
    mail.send(request.getCustomerId(), "samples.mail.approved", program.displayName(), mail.requestLink(request.getId()));
    return committed(request, actorId);
  }

  /** Flushes now, so a concurrent change fails here with a conflict rather than at commit. */
  SampleRequest committed(SampleRequest request, Long actorId) {
    em.flush();
    changed.fire(new SubmissionChanged(SUBMISSION_KIND, request.getId(), request.getState().name(), actorId, clock.instant()));
    return request;
  }

  /** How an application is announced to triage. */
  static String title(SampleProgram program) {
    return "Sample application: " + program.displayName();
  }
}
