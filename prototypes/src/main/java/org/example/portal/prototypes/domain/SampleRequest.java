package org.example.portal.prototypes.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;

/**
 * A customer's request for a sample of a program, from the application (with the terms version accepted)
 * through the team's decision, shipping and delivery to the feedback the customer owes for each round.
 * Every change is kept in its history.
 */
@Entity
@Table(name = "samples_request")
@NamedQuery(name = "SampleRequest.byCustomer", query = "select r from SampleRequest r where r.customerId = :customerId order by r.appliedAt desc, r.id desc")
@NamedQuery(
    name = "SampleRequest.byProgram",
    query = "select r from SampleRequest r where r.programId = :programId and r.state in :states order by r.appliedAt, r.id")
@NamedQuery(
    name = "SampleRequest.ofCustomerInStates",
    query = "select r from SampleRequest r where r.customerId = :customerId and r.state in :states order by r.feedbackDueAt, r.id")
@NamedQuery(
    name = "SampleRequest.reminderRows",
    query = "select r.id, r.programId, r.customerId, r.state, r.feedbackRound, r.feedbackDueAt, r.remindedBeforeAt, r.remindedDueAt,"
        + " r.remindedOverdueAt, r.version from SampleRequest r where r.id in :ids")
@NamedQuery(
    name = "SampleRequest.reminderCandidates",
    query = "select r.id from SampleRequest r where r.state in :states and r.feedbackDueAt <= :horizon"
        + " and (r.remindedOverdueAt is null) order by r.feedbackDueAt, r.id")
public class SampleRequest {

  public static final int MOTIVATION_MAX_LENGTH = 1000;
  public static final int REASON_MAX_LENGTH = 500;
  public static final int CARRIER_MAX_LENGTH = 60;
  public static final int TRACKING_MAX_LENGTH = 80;

  @Id
  @SequenceGenerator(name = "samples_request_seq", sequenceName = "samples_request_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "samples_request_seq")
  private Long id;

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  /** The tier when they applied, so results by tier do not shift when a tier changes later. */
  @Enumerated(EnumType.STRING)
  @Column(name = "customer_tier", nullable = false, length = 16)
  private Tier customerTier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RequestState state;

  @Column(length = MOTIVATION_MAX_LENGTH)
  private String motivation;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @Column(name = "terms_version", nullable = false)
  private int termsVersion;

  @Column(name = "terms_accepted_at", nullable = false)
  private Instant termsAcceptedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "decline_reason", length = REASON_MAX_LENGTH)
  private String declineReason;

  @Column(length = CARRIER_MAX_LENGTH)
  private String carrier;

  @Column(name = "tracking_number", length = TRACKING_MAX_LENGTH)
  private String trackingNumber;

  @Column(name = "shipped_at")
  private Instant shippedAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  /** The feedback round the customer owes now (1 or 2); null before delivery. */
  @Column(name = "feedback_round")
  private Integer feedbackRound;

  @Column(name = "feedback_due_at")
  private Instant feedbackDueAt;

  @Column(name = "reminded_before_at")
  private Instant remindedBeforeAt;

  @Column(name = "reminded_due_at")
  private Instant remindedDueAt;

  @Column(name = "reminded_overdue_at")
  private Instant remindedOverdueAt;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("at, id")
  private List<RequestHistoryEntry> history = new ArrayList<>();

  @Version private long version;

  protected SampleRequest() {}

  /**
   * An application: the customer accepted the program's terms in the version they were shown. Accepting an
   * older version than the current one is refused, so nobody is bound by terms they never saw.
   */
  public SampleRequest(SampleProgram program, long customerId, Tier tier, int acceptedTermsVersion, String motivation, Instant now) {
    if (acceptedTermsVersion != program.getTermsVersion()) {
      throw new ConflictException(
          "termsVersion", "The terms changed since you read them (now version " + program.getTermsVersion() + "): read and accept them again.");
    }
    this.programId = program.getId();
    this.customerId = customerId;
    this.customerTier = tier;
    this.termsVersion = acceptedTermsVersion;
    this.termsAcceptedAt = now;
    this.appliedAt = now;
    this.motivation = motivation == null || motivation.isBlank() ? null : motivation.strip();
    this.state = RequestState.APPLIED;
    record(now, customerId, null, RequestState.APPLIED, "Accepted terms version " + acceptedTermsVersion);
  }

  /** A unit was reserved for the customer (by a person, or by the portal when {@code actorId} is null). */
  public void approve(Long actorId, Instant now) {
    move(EnumSet.of(RequestState.APPLIED), RequestState.APPROVED, actorId, now, null);
    decidedAt = now;
    decidedBy = actorId;
  }

  public void decline(long actorId, String reason, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "Tell the customer why their application is declined.");
    }
    move(EnumSet.of(RequestState.APPLIED), RequestState.DECLINED, actorId, now, reason.strip());
    declineReason = reason.strip();
    decidedAt = now;
    decidedBy = actorId;
  }

  public void ship(long actorId, String carrier, String trackingNumber, Instant shippedAt, Instant now) {
    if (carrier == null || carrier.isBlank() || trackingNumber == null || trackingNumber.isBlank()) {
      throw new InvalidInputException("trackingNumber", "Give the carrier and the tracking number.");
    }
    if (shippedAt.isAfter(now)) {
      throw new InvalidInputException("shippedAt", "The shipping date cannot be in the future.");
    }
    if (state == RequestState.SHIPPED) {
      // Correcting a typo in the tracking number is not a new state.
      this.carrier = carrier.strip();
      this.trackingNumber = trackingNumber.strip();
      this.shippedAt = shippedAt;
      return;
    }
    move(EnumSet.of(RequestState.APPROVED), RequestState.SHIPPED, actorId, now, carrier.strip() + " " + trackingNumber.strip());
    this.carrier = carrier.strip();
    this.trackingNumber = trackingNumber.strip();
    this.shippedAt = shippedAt;
  }

  /** The sample arrived: the first feedback round opens, due the program's due period later. */
  public void deliver(SampleProgram program, long actorId, Instant deliveredAt, Instant now) {
    if (deliveredAt.isAfter(now)) {
      throw new InvalidInputException("deliveredAt", "The delivery date cannot be in the future.");
    }
    if (shippedAt != null && deliveredAt.isBefore(shippedAt)) {
      throw new InvalidInputException("deliveredAt", "A sample cannot arrive before it was shipped.");
    }
    move(EnumSet.of(RequestState.SHIPPED), RequestState.DELIVERED, actorId, now, null);
    this.deliveredAt = deliveredAt;
    openRound(1, program.dueAt(deliveredAt, 1));
  }

  /** The first reminder went out: the feedback is now due. */
  public void markDue(Instant now) {
    if (state == RequestState.DELIVERED) {
      move(EnumSet.of(RequestState.DELIVERED), RequestState.FEEDBACK_DUE, null, now, REMINDED_NOTE);
    }
  }

  /** The round's due date passed without the feedback. Returns whether the request became overdue. */
  public boolean markOverdueIfLate(Instant now) {
    if (!state.awaitsFeedback() || state == RequestState.OVERDUE || now.isBefore(feedbackDueAt)) {
      return false;
    }
    move(RequestState.AWAITING_FEEDBACK, RequestState.OVERDUE, null, now, overdueNote(feedbackRound));
    return true;
  }

  /** The history note of a round becoming overdue (the due date stays on the request). */
  public static String overdueNote(int round) {
    return "Round " + round + " is overdue";
  }

  /** The history note of the first reminder of a round, which makes the feedback due. */
  public static final String REMINDED_NOTE = "Reminded";

  /**
   * The state a request awaiting feedback is in after {@link #remind} with this kind: what the reminder job
   * writes for thousands of requests at once, without loading them.
   */
  public static RequestState stateAfterReminder(ReminderKind kind, RequestState state) {
    return switch (kind) {
      case BEFORE_DUE, ON_DUE -> state == RequestState.DELIVERED ? RequestState.FEEDBACK_DUE : state;
      case OVERDUE -> RequestState.OVERDUE;
    };
  }

  /**
   * The customer gave the current round's feedback. With a second round to come, it opens at once; after
   * the last round the request is complete. Either way the customer is out of debt for this sample.
   */
  public void feedbackReceived(SampleProgram program, Instant now) {
    if (!state.awaitsFeedback()) {
      throw new ConflictException("No feedback is due for this sample.");
    }
    int round = feedbackRound;
    if (round < program.rounds()) {
      Instant due = program.dueAt(deliveredAt, round + 1);
      Instant earliest = now.plus(Duration.ofDays(program.getDueDays()));
      move(RequestState.AWAITING_FEEDBACK, RequestState.FEEDBACK_DUE, customerId, now, "Round " + round + " received; round " + (round + 1) + " opened");
      openRound(round + 1, due.isBefore(earliest) ? earliest : due);
    } else {
      move(RequestState.AWAITING_FEEDBACK, RequestState.FEEDBACK_RECEIVED, customerId, now, "Round " + round + " received");
      feedbackDueAt = null;
    }
  }

  /** The reminder to send now for the current round, if any; see {@link ReminderKind#dueNow}. */
  public Optional<ReminderKind> pendingReminder(SampleProgram program, Instant now) {
    if (!state.awaitsFeedback() || feedbackDueAt == null) {
      return Optional.empty();
    }
    return ReminderKind.dueNow(now, feedbackDueAt, program.getDueDays(), remindedBeforeAt != null, remindedDueAt != null, remindedOverdueAt != null);
  }

  /**
   * Records that a reminder went out, with the state change it stands for: the first makes the feedback
   * due, the overdue one puts the customer in feedback debt. Earlier reminders that were skipped count as
   * sent, so each goes out at most once per round. Two servers doing this at once: the version lets only
   * one commit, and its e-mail with it.
   */
  public void remind(ReminderKind kind, Instant now) {
    switch (kind) {
      case BEFORE_DUE, ON_DUE -> markDue(now);
      case OVERDUE -> markOverdueIfLate(now);
    }
    remindedBeforeAt = remindedBeforeAt == null ? now : remindedBeforeAt;
    if (kind != ReminderKind.BEFORE_DUE && remindedDueAt == null) {
      remindedDueAt = now;
    }
    if (kind == ReminderKind.OVERDUE && remindedOverdueAt == null) {
      remindedOverdueAt = now;
    }
  }

  public boolean isOverdue() {
    return state == RequestState.OVERDUE;
  }

  private void openRound(int round, Instant dueAt) {
    feedbackRound = round;
    feedbackDueAt = dueAt;
    remindedBeforeAt = null;
    remindedDueAt = null;
    remindedOverdueAt = null;
  }

  private void move(Set<RequestState> from, RequestState to, Long actorId, Instant now, String note) {
    if (!from.contains(state)) {
      throw new ConflictException(
          "This request is " + state.name().toLowerCase().replace('_', ' ') + " and cannot become " + to.name().toLowerCase().replace('_', ' ') + ".");
    }
    RequestState previous = state;
    state = to;
    record(now, actorId, previous, to, note);
  }

  private void record(Instant at, Long actorId, RequestState from, RequestState to, String note) {
    history.add(new RequestHistoryEntry(this, at, actorId, from, to, note));
  }

  public Long getId() {
    return id;
  }

  public long getProgramId() {
    return programId;
  }

  public long getCustomerId() {
    return customerId;
  }

  public Tier getCustomerTier() {
    return customerTier;
  }

  public RequestState getState() {
    return state;
  }

  public String getMotivation() {
    return motivation;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public int getTermsVersion() {
    return termsVersion;
  }

  public Instant getTermsAcceptedAt() {
    return termsAcceptedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Long getDecidedBy() {
    return decidedBy;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public String getCarrier() {
    return carrier;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public Instant getShippedAt() {
    return shippedAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public Integer getFeedbackRound() {
    return feedbackRound;
  }

  public Instant getFeedbackDueAt() {
    return feedbackDueAt;
  }

  public Instant getRemindedBeforeAt() {
    return remindedBeforeAt;
  }

  public Instant getRemindedDueAt() {
    return remindedDueAt;
  }

  public Instant getRemindedOverdueAt() {
    return remindedOverdueAt;
  }

  public List<RequestHistoryEntry> getHistory() {
    return List.copyOf(history);
  }

  public long getVersion() {
    return version;
  }
}
