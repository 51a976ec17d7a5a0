package org.example.portal.selfservice.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.List;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.error.InvalidInputException;

/**
 * A customer's request for help and the conversation about it. The ticket holds the rules: which status may
 * follow which, what a reply does to the status and the service-level clocks, when a customer may reopen it
 * and when they may rate it. Internal notes live in the same conversation and are filtered out for the
 * customer by {@link #conversationFor(boolean)}, the one place every channel reads messages through.
 */
@Entity
@Table(name = "selfservice_ticket")
@NamedQuery(name = "Ticket.byCustomer", query = "select t from Ticket t where t.customerId = :customerId order by t.updatedAt desc, t.id desc")
@NamedQuery(name = "Ticket.byIds", query = "select t from Ticket t where t.id in :ids")
@NamedQuery(name = "Ticket.byIdeas", query = "select t from Ticket t where t.ideaId in :ideaIds order by t.id")
@NamedQuery(
    name = "Ticket.solvedBefore",
    query = "select t from Ticket t where t.status = org.example.portal.selfservice.domain.TicketStatus.SOLVED and t.solvedAt < :cutoff order by t.solvedAt")
public class Ticket {

  public static final int SUBJECT_MAX_LENGTH = 200;
  public static final int DESCRIPTION_MAX_LENGTH = 20000;
  public static final int RATING_COMMENT_MAX_LENGTH = 2000;

  @Id
  @SequenceGenerator(name = "selfservice_ticket_seq", sequenceName = "selfservice_ticket_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selfservice_ticket_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  /** The customer's tier when the ticket was opened, so its targets do not shift when the tier changes. */
  @Enumerated(EnumType.STRING)
  @Column(name = "customer_tier", nullable = false, length = 16)
  private Tier customerTier;

  @Column(name = "area_id")
  private Long areaId;

  @Column(nullable = false, length = SUBJECT_MAX_LENGTH)
  private String subject;

  @Column(nullable = false, length = DESCRIPTION_MAX_LENGTH)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Priority priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TicketStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Channel channel;

  @Column(name = "team_id")
  private Long teamId;

  @Column(name = "assignee_id")
  private Long assigneeId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "first_response_due", nullable = false)
  private Instant firstResponseDue;

  @Column(name = "first_response_at")
  private Instant firstResponseAt;

  @Embedded private SlaClock resolution;

  /** Whether the ticket was solved after its resolution target; set when it is solved. */
  @Column(name = "resolution_breached")
  private Boolean resolutionBreached;

  @Column(name = "solved_at")
  private Instant solvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "rating_satisfied")
  private Boolean ratingSatisfied;

  @Column(name = "rating_comment", length = RATING_COMMENT_MAX_LENGTH)
  private String ratingComment;

  @Column(name = "rated_at")
  private Instant ratedAt;

  /** An idea in the feedback module this ticket asks for, by id. */
  @Column(name = "idea_id")
  private Long ideaId;

  /** The ticket this one duplicated; set when it was merged and closed. */
  @Column(name = "merged_into_id")
  private Long mergedIntoId;

  @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL)
  @OrderBy("createdAt, id")
  private List<TicketMessage> messages = new ArrayList<>();

  @Version private long version;

  protected Ticket() {}

  public Ticket(
      long customerId,
      Tier customerTier,
      Long areaId,
      String subject,
      String description,
      Priority priority,
      Channel channel,
      SlaTargets targets,
      BusinessCalendar calendar,
      Instant now) {
    this.customerId = customerId;
    this.customerTier = customerTier;
    this.areaId = areaId;
    this.subject = subject.strip();
    this.description = description.strip();
    this.priority = priority;
    this.channel = channel;
    this.status = TicketStatus.NEW;
    this.createdAt = now;
    this.updatedAt = now;
    this.firstResponseDue = calendar.plus(now, targets.firstResponse());
    this.resolution = new SlaClock(targets.resolution(), calendar, now);
  }

  public TicketNumber number() {
    if (id == null) {
      throw new IllegalStateException("A ticket has its number once it is saved");
    }
    return new TicketNumber(id);
  }

  /** Refuses a change made against an older version of the ticket, with a message that says what to do. */
  public void expectVersion(Long expected) {
    if (expected != null && expected != version) {
      throw new TicketChangedException(number(), expected, version);
    }
  }

  /**
   * A staff member writes on the ticket. An internal note changes nothing else. A public reply is the first
   * response if none was given yet, and moves the ticket to {@code next}, or to "pending customer" when
   * no status is given, because a reply usually asks the customer something.
   */
  public TicketMessage staffWrites(long staffId, String body, Visibility visibility, TicketStatus next, Channel channel, BusinessCalendar calendar, Instant now) {
    requireNotClosed("no one can write on it any more; the customer opens a new ticket");
    TicketMessage message = add(staffId, true, visibility, body, channel, now);
    if (visibility == Visibility.PUBLIC) {
      if (firstResponseAt == null) {
        firstResponseAt = now;
      }
      TicketStatus target = next == null ? TicketStatus.PENDING_CUSTOMER : next;
      if (status == TicketStatus.SOLVED && target != TicketStatus.SOLVED && target != TicketStatus.CLOSED) {
        // Writing to the customer about a solved ticket takes it up again.
        moveTo(TicketStatus.OPEN, calendar, now);
      }
      if (target != status) {
        changeStatus(target, calendar, now);
      }
    }
    return message;
  }

  /**
   * The customer writes. An answer to "pending customer" or to a solved ticket within the reopen period opens
   * the ticket again and restarts the resolution clock; a closed ticket, or a solved one past the period,
   * takes no more messages.
   */
  public TicketMessage customerWrites(String body, Channel channel, Duration reopenWithin, BusinessCalendar calendar, Instant now) {
    return participantWrites(customerId, body, channel, reopenWithin, calendar, now);
  }

  /**
   * Someone on the customer's side writes: the customer, or a person replying to the ticket's e-mail thread
   * (a colleague in copy). Their message counts like the customer's.
   */
  public TicketMessage participantWrites(long authorId, String body, Channel channel, Duration reopenWithin, BusinessCalendar calendar, Instant now) {
    requireNotClosed("open a new ticket and mention " + number() + " in it");
    if (status == TicketStatus.SOLVED && !canReopen(reopenWithin, now)) {
      throw new TicketStateException(number(), status, "it was solved more than " + reopenWithin.toDays() + " days ago; open a new ticket and mention " + number() + " in it");
    }
    TicketMessage message = add(authorId, false, Visibility.PUBLIC, body, channel, now);
    if (status == TicketStatus.PENDING_CUSTOMER || status == TicketStatus.SOLVED) {
      moveTo(TicketStatus.OPEN, calendar, now);
    }
    return message;
  }

  /** Whether the ticket still takes messages from the customer's side. */
  public boolean acceptsCustomerMessages(Duration reopenWithin, Instant now) {
    return status != TicketStatus.CLOSED && (status != TicketStatus.SOLVED || canReopen(reopenWithin, now));
  }

  /** Whether the customer may still reopen the solved ticket by answering. */
  public boolean canReopen(Duration reopenWithin, Instant now) {
    return status == TicketStatus.SOLVED && now.isBefore(solvedAt.plus(reopenWithin));
  }

  /** Staff move the ticket along; only the steps {@link TicketStatus#canMoveTo} allows. */
  public void changeStatus(TicketStatus next, BusinessCalendar calendar, Instant now) {
    if (next == status) {
      return;
    }
    if (!status.canMoveTo(next)) {
      throw new TicketStateException(number(), status, "it cannot become " + TicketStateException.label(next) + ".");
    }
    moveTo(next, calendar, now);
  }

  /** Closes a ticket solved longer ago than the reopen period. Returns false if there was nothing to do. */
  public boolean closeIfSettled(Duration reopenWithin, Instant now) {
    if (status != TicketStatus.SOLVED || canReopen(reopenWithin, now)) {
      return false;
    }
    moveTo(TicketStatus.CLOSED, null, now);
    return true;
  }

  /** A new priority brings new targets; business time already used counts against them. */
  public void changePriority(Priority priority, SlaTargets targets, BusinessCalendar calendar, Instant now) {
    if (priority == this.priority) {
      return;
    }
    this.priority = priority;
    firstResponseDue = calendar.plus(createdAt, targets.firstResponse());
    resolution.retarget(targets.resolution(), calendar, now);
    updatedAt = now;
  }

  /** Hands the ticket to a team and, optionally, one of its members; null leaves it unassigned. */
  public void assign(Long teamId, Long assigneeId, Instant now) {
    this.teamId = teamId;
    this.assigneeId = assigneeId;
    updatedAt = now;
  }

  /** The customer says whether they were satisfied; once solved, and they may change their mind later. */
  public void rate(boolean satisfied, String comment, Instant now) {
    if (status != TicketStatus.SOLVED && status != TicketStatus.CLOSED) {
      throw new TicketStateException(number(), status, "support can be rated once the ticket is solved.");
    }
    ratingSatisfied = satisfied;
    ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
    ratedAt = now;
  }

  public void linkIdea(Long ideaId, Instant now) {
    this.ideaId = ideaId;
    updatedAt = now;
  }

  /**
   * This ticket duplicates {@code target}: it is closed with a note, and the customer's description goes to
   * the target as an internal note so nothing they wrote is lost.
   */
  public void mergeInto(Ticket target, long staffId, BusinessCalendar calendar, Instant now) {
    if (target == this || target.id.equals(id)) {
      throw new InvalidInputException("targetId", "A ticket cannot be merged into itself.");
    }
    if (target.customerId != customerId) {
      throw new InvalidInputException("targetId", "Only tickets of the same customer can be merged.");
    }
    target.requireNotClosed("choose a ticket that is still open");
    requireNotClosed("it is already closed");
    target.add(staffId, true, Visibility.INTERNAL, "Merged from " + number() + " (" + subject + "):\n\n" + description, Channel.WEB, now);
    add(staffId, true, Visibility.PUBLIC, "This request continues in " + target.number() + ".", Channel.WEB, now);
    mergedIntoId = target.id;
    if (status != TicketStatus.SOLVED) {
      moveTo(TicketStatus.SOLVED, calendar, now);
    }
    moveTo(TicketStatus.CLOSED, calendar, now);
  }

  /** The conversation as the reader may see it: customers never get internal notes. */
  public List<TicketMessage> conversationFor(boolean staff) {
    return messages.stream().filter(m -> staff || !m.isInternal()).toList();
  }

  /** Where the ticket stands against its targets at {@code now}. */
  public SlaState slaState(BusinessCalendar calendar, Instant now) {
    if (isFirstResponseBreached(now) || Boolean.TRUE.equals(resolutionBreached) || resolution.isBreached(calendar, now)) {
      return SlaState.BREACHED;
    }
    if (!status.isActive()) {
      return SlaState.MET;
    }
    if (!resolution.isRunning()) {
      return SlaState.PAUSED;
    }
    boolean firstAtRisk = firstResponseAt == null && atRisk(calendar.between(now, firstResponseDue), calendar.between(createdAt, firstResponseDue));
    return firstAtRisk || atRisk(resolution.left(calendar, now), resolution.target()) ? SlaState.AT_RISK : SlaState.ON_TRACK;
  }

  private static boolean atRisk(Duration left, Duration target) {
    return left.compareTo(Duration.ofHours(1)) < 0 || left.multipliedBy(5).compareTo(target) < 0;
  }

  public boolean isFirstResponseBreached(Instant now) {
    return firstResponseAt == null ? now.isAfter(firstResponseDue) : firstResponseAt.isAfter(firstResponseDue);
  }

  private TicketMessage add(long authorId, boolean fromStaff, Visibility visibility, String body, Channel channel, Instant now) {
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("body", "Write a message.");
    }
    TicketMessage message = new TicketMessage(this, authorId, fromStaff, visibility, body.strip(), channel, now);
    messages.add(message);
    updatedAt = now;
    return message;
  }

  private void moveTo(TicketStatus next, BusinessCalendar calendar, Instant now) {
    TicketStatus previous = status;
    status = next;
    updatedAt = now;
    switch (next) {
      case PENDING_CUSTOMER -> resolution.pause(calendar, now);
      case OPEN, NEW -> {
        if (previous == TicketStatus.SOLVED) {
          solvedAt = null;
          resolutionBreached = null;
        }
        resolution.resume(calendar, now);
      }
      case SOLVED -> {
        resolution.pause(calendar, now);
        solvedAt = now;
        resolutionBreached = resolution.isBreached(calendar, now);
      }
      case CLOSED -> closedAt = now;
    }
  }

  private void requireNotClosed(String reason) {
    if (status == TicketStatus.CLOSED) {
      throw new TicketStateException(number(), status, reason);
    }
  }

  public Long getId() {
    return id;
  }

  public long getCustomerId() {
    return customerId;
  }

  public Tier getCustomerTier() {
    return customerTier;
  }

  public Long getAreaId() {
    return areaId;
  }

  public String getSubject() {
    return subject;
  }

  public String getDescription() {
    return description;
  }

  public Priority getPriority() {
    return priority;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public Channel getChannel() {
    return channel;
  }

  public Long getTeamId() {
    return teamId;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getFirstResponseDue() {
    return firstResponseDue;
  }

  public Instant getFirstResponseAt() {
    return firstResponseAt;
  }

  public SlaClock getResolution() {
    return resolution;
  }

  public Instant getResolutionDue() {
    return resolution.getDue();
  }

  public Boolean getResolutionBreached() {
    return resolutionBreached;
  }

  public Instant getSolvedAt() {
    return solvedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Boolean getRatingSatisfied() {
    return ratingSatisfied;
  }

  public String getRatingComment() {
    return ratingComment;
  }

  public Instant getRatedAt() {
    return ratedAt;
  }

  public Long getIdeaId() {
    return ideaId;
  }

  public Long getMergedIntoId() {
    return mergedIntoId;
  }

  public long getVersion() {
    return version;
  }
}
