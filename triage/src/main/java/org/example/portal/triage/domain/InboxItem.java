package org.example.portal.triage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.submission.SubmissionRecord;

/**
 * One submission of any kind as the staff inbox shows it. The submission's own fields (customer, area,
 * title, summary, status) are a copy of the feature's data and are refreshed from it; team, assignee,
 * priority, tags and whether triage closed it are triage's own decisions and survive a rebuild.
 */
@Entity
@Table(name = "triage_item")
@NamedQuery(name = "InboxItem.bySubmission", query = "select i from InboxItem i where i.kind = :kind and i.submissionId = :submissionId")
@NamedQuery(name = "InboxItem.statusesOfKind", query = "select i.submissionId, i.status from InboxItem i where i.kind = :kind and i.submissionId between :from and :to")
@NamedQuery(name = "InboxItem.latest", query = "select i from InboxItem i order by i.receivedAt desc, i.id desc")
@NamedQuery(name = "InboxItem.ofCustomer", query = "select i from InboxItem i where i.customerId = :customerId order by i.receivedAt desc, i.id desc")
@NamedQuery(name = "InboxItem.byIds", query = "select i from InboxItem i where i.id in :ids")
@NamedQuery(name = "InboxItem.revisions", query = "select i.id, i.revision from InboxItem i")
@NamedQuery(
    name = "InboxItem.lastAssigneeOfTeam",
    query = "select i.assigneeId from InboxItem i where i.teamId = :teamId and i.assigneeId is not null order by i.assignedAt desc, i.id desc")
@NamedQuery(
    name = "InboxItem.openLoad",
    query = "select i.assigneeId, count(i) from InboxItem i where i.assigneeId in :members and i.closed = false group by i.assigneeId")
public class InboxItem {

  public static final int TITLE_MAX_LENGTH = 300;
  public static final int SUMMARY_MAX_LENGTH = 2000;
  public static final int TAGS_MAX_LENGTH = 400;

  @Id
  @SequenceGenerator(name = "triage_item_seq", sequenceName = "triage_item_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triage_item_seq")
  private Long id;

  @Column(nullable = false)
  private String kind;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "customer_tier", nullable = false)
  private Tier customerTier;

  @Column(name = "customer_language", nullable = false)
  private String customerLanguage;

  @Column(name = "area_id")
  private Long areaId;

  @Column(nullable = false, length = TITLE_MAX_LENGTH)
  private String title;

  @Column(nullable = false, length = SUMMARY_MAX_LENGTH)
  private String summary;

  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private boolean closed;

  @Column(name = "team_id")
  private Long teamId;

  @Column(name = "assignee_id")
  private Long assigneeId;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Priority priority = Priority.NORMAL;

  @Column(nullable = false, length = TAGS_MAX_LENGTH)
  private String tags = "";

  @Column(nullable = false)
  private boolean confidential;

  @Column(name = "routed_by_rule_id")
  private Long routedByRuleId;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Changes with every change the search index holds, so reconciliation finds what it missed. */
  @Column(nullable = false)
  private long revision;

  @Version private long version;

  protected InboxItem() {}

  public InboxItem(SubmissionRecord submission, Tier tier, String language, Instant now) {
    this.kind = submission.kind();
    this.submissionId = submission.id();
    this.receivedAt = submission.at() == null ? now : submission.at();
    this.updatedAt = now;
    copy(submission, tier, language);
  }

  /** Takes the submission's current content from its feature. Returns whether anything changed. */
  public boolean refresh(SubmissionRecord submission, Tier tier, String language, Instant now) {
    String before = customerId + "|" + customerTier + "|" + customerLanguage + "|" + areaId + "|" + title + "|" + summary + "|" + status;
    copy(submission, tier, language);
    String after = customerId + "|" + customerTier + "|" + customerLanguage + "|" + areaId + "|" + title + "|" + summary + "|" + status;
    if (!before.equals(after)) {
      touched(now);
      return true;
    }
    return false;
  }

  private void copy(SubmissionRecord submission, Tier tier, String language) {
    this.customerId = submission.customerId();
    this.customerTier = Objects.requireNonNullElse(tier, Tier.STANDARD);
    this.customerLanguage = language == null || language.isBlank() ? "en" : language;
    this.areaId = submission.areaId();
    this.title = cut(Objects.requireNonNullElse(submission.title(), ""), TITLE_MAX_LENGTH);
    this.summary = cut(Objects.requireNonNullElse(submission.summary(), ""), SUMMARY_MAX_LENGTH);
    if (submission.status() != null) {
      this.status = submission.status();
    } else if (this.status == null) {
      this.status = "NEW";
    }
  }

  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max - 1) + "…" : text;
  }

  /** The submission's own page, relative to the portal's root: each kind's pages are named after the kind in the plural. */
  public String link() {
    return switch (kind) {
      case "sample-request" -> "samples/requests/" + submissionId;
      // A feedback round has no page of its own: its program's results show it.
      case "sample-feedback" -> "staff/samples";
      default -> kind + "s/" + submissionId;
    };
  }

  public RoutingFacts facts() {
    return new RoutingFacts(kind, areaId, title, summary, customerTier, customerLanguage);
  }

  /** Applies a routing decision; the rule that made it is kept with the item. */
  public void route(RoutingDecision decision, Long assignee, Instant now) {
    this.routedByRuleId = decision.ruleId();
    this.teamId = decision.teamId();
    this.priority = decision.priority();
    this.tags = Csv.join(decision.tags());
    this.confidential = decision.confidential();
    this.assigneeId = assignee;
    this.assignedAt = assignee == null ? null : now;
    touched(now);
  }

  public void statusChanged(String status, Instant now) {
    if (!Objects.equals(this.status, status)) {
      this.status = status;
      touched(now);
    }
  }

  /** Moves the item to a team and person by hand; a null team puts it back in the triage queue. */
  public void assign(Long teamId, Long assigneeId, Instant now) {
    this.teamId = teamId;
    this.assigneeId = assigneeId;
    this.assignedAt = assigneeId == null ? null : now;
    touched(now);
  }

  public void prioritise(Priority priority, Instant now) {
    this.priority = Objects.requireNonNull(priority);
    touched(now);
  }

  public void tag(Set<String> tags, Instant now) {
    String joined = Csv.join(tags);
    if (joined.length() > TAGS_MAX_LENGTH) {
      throw new IllegalArgumentException("Too many tags");
    }
    this.tags = joined;
    touched(now);
  }

  public void close(Instant now) {
    this.closed = true;
    touched(now);
  }

  public void reopen(Instant now) {
    this.closed = false;
    touched(now);
  }

  private void touched(Instant now) {
    this.updatedAt = now;
    this.revision++;
  }

  /** Whether someone who belongs to these teams may see the item; leads and admins see everything. */
  public boolean isVisibleTo(Set<Long> ownTeams, boolean seesAll) {
    return seesAll || !confidential || (teamId != null && ownTeams.contains(teamId));
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public long getSubmissionId() {
    return submissionId;
  }

  public long getCustomerId() {
    return customerId;
  }

  public Tier getCustomerTier() {
    return customerTier;
  }

  public String getCustomerLanguage() {
    return customerLanguage;
  }

  public Long getAreaId() {
    return areaId;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getStatus() {
    return status;
  }

  public boolean isClosed() {
    return closed;
  }

  public Long getTeamId() {
    return teamId;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public Priority getPriority() {
    return priority;
  }

  public Set<String> getTags() {
    return Csv.split(tags);
  }

  public boolean isConfidential() {
    return confidential;
  }

  public Long getRoutedByRuleId() {
    return routedByRuleId;
  }

  /** The UTC day the item was received on: the day the dashboard counts it on. */
  public LocalDate day() {
    return LocalDate.ofInstant(receivedAt, ZoneOffset.UTC);
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getRevision() {
    return revision;
  }

  public long getVersion() {
    return version;
  }
}
