package org.example.portal.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.search.IndexChange;
import org.example.portal.core.search.SearchHit;
import org.example.portal.core.search.SearchIndexes;
import org.example.portal.core.search.SearchQuery;
import org.example.portal.core.search.SearchResults;
import org.example.portal.core.submission.SubmissionChanged;
import org.example.portal.core.submission.SubmissionReceived;
import org.example.portal.core.submission.SubmissionRecord;
import org.example.portal.core.submission.CustomerActivity;
import org.example.portal.core.submission.SubmissionSource;
import org.example.portal.core.team.application.TeamService;
import org.example.portal.core.team.domain.Team;
import org.example.portal.triage.domain.InboxItem;
import org.example.portal.triage.domain.Router;
import org.example.portal.triage.domain.RoutingDecision;
import org.example.portal.triage.infrastructure.InboxIndex;

/**
 * The inbox: items come in after their submission committed and are routed at once; staff assign, set
 * priority, tag and close them; reconciliation brings the inbox in line with the features' own data.
 */
@ApplicationScoped
@Transactional
public class InboxService {

  @PersistenceContext EntityManager em;
  @Inject RuleService rules;
  @Inject TeamAssigner assigner;
  @Inject Accounts accounts;
  @Inject TeamService teams;
  @Inject SearchIndexes indexes;
  @Inject @Any Instance<SubmissionSource> sources;
  @Inject @Any Instance<CustomerActivity> activities;
  @Inject Event<IndexChange> indexChanges;
  @Inject DailyTotals totals;

  Clock clock = Clock.systemUTC();

  /** The sources of every kind that has one. Kinds without one are taken from their events alone. */
  public List<SubmissionSource> sources() {
    return sources.stream().toList();
  }

  private Optional<SubmissionSource> source(String kind) {
    return sources.stream().filter(s -> s.kind().equals(kind)).findFirst();
  }

  /**
   * Takes committed submissions ({@link SubmissionReceived}) and changes of them ({@link SubmissionChanged})
   * into the inbox, in the order given, in one transaction of its own: new items are routed, changed ones
   * get their new status. The feature's source, when it has one, says what a new submission is now (its
   * status in particular), and a change that overtakes its submission adds the item from there. An item
   * that lands on a past day makes that day's stored totals stale (see {@link DailyTotals}).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void take(List<?> events) {
    Router router = null;
    List<LocalDate> days = new ArrayList<>();
    for (Object event : events) {
      switch (event) {
        case SubmissionReceived received -> {
          if (find(received.kind(), received.id()).isEmpty()) {
            SubmissionRecord record = current(received.kind(), received.id()).orElseGet(() -> new SubmissionRecord(
                received.kind(), received.id(), received.customerId(), received.areaId(), received.title(), received.summary(), "NEW", received.at()));
            router = router == null ? rules.router() : router;
            days.add(add(record, router, true).day());
          }
        }
        case SubmissionChanged changed -> {
          Optional<InboxItem> item = find(changed.kind(), changed.id());
          if (item.isPresent()) {
            item.get().statusChanged(changed.status(), clock.instant());
            indexed(item.get());
          } else {
            Optional<SubmissionRecord> record = current(changed.kind(), changed.id());
            if (record.isPresent()) {
              router = router == null ? rules.router() : router;
              days.add(add(record.get(), router, true).day());
            }
          }
        }
        default -> throw new IllegalArgumentException("The inbox takes submissions and their changes, not " + event);
      }
    }
    totals.changed(days);
  }

  /** What the kind's source says the submission is now; empty for kinds without a source. */
  private Optional<SubmissionRecord> current(String kind, long id) {
    return source(kind).flatMap(s -> s.page(id - 1, 1).stream().filter(r -> r.id() == id).findFirst());
  }

  private InboxItem add(SubmissionRecord record, Router router, boolean index) {
    Instant now = clock.instant();
    Optional<Account> customer = accounts.findById(record.customerId());
    InboxItem item = new InboxItem(record, customer.map(Account::getTier).orElse(null), customer.map(Account::getLanguage).orElse(null), now);
    RoutingDecision decision = router.route(item.facts());
    item.route(decision, assigner.pick(decision.teamId(), decision.assignment()), now);
    em.persist(item);
    em.flush();
    if (index) {
      indexed(item);
    }
    return item;
  }

  /**
   * Reconciles one page of a source, in its own transaction: items missing from the inbox are added and
   * routed, statuses brought up to date; with {@code full}, the submission's other fields are refreshed too
   * and items whose submission is gone are removed. The daily totals of past days whose items changed are made
   * stale.
   *
   * @return the last submission id of the page, or -1 when the source has no more
   */
  @Transactional(TxType.REQUIRES_NEW)
  public long reconcilePage(SubmissionSource source, long afterId, int size, boolean full, long[] counts) {
    List<SubmissionRecord> page = source.page(afterId, size);
    long to = page.isEmpty() ? Long.MAX_VALUE : page.getLast().id();
    Map<Long, InboxItem> existing = em.createQuery(
            "select i from InboxItem i where i.kind = :kind and i.submissionId > :after and i.submissionId <= :to", InboxItem.class)
        .setParameter("kind", source.kind()).setParameter("after", afterId).setParameter("to", to)
        .getResultStream().collect(Collectors.toMap(InboxItem::getSubmissionId, Function.identity()));
    Instant now = clock.instant();
    Router router = rules.router();
    Set<LocalDate> changedDays = new HashSet<>();
    for (SubmissionRecord record : page) {
      InboxItem item = existing.remove(record.id());
      if (item == null) {
        changedDays.add(add(record, router, false).day());
        counts[0]++;
      } else if (full) {
        Optional<Account> customer = accounts.findById(record.customerId());
        Long areaId = item.getAreaId();
        if (item.refresh(record, customer.map(Account::getTier).orElse(null), customer.map(Account::getLanguage).orElse(null), now)) {
          counts[1]++;
        }
        if (!Objects.equals(areaId, item.getAreaId())) {
          changedDays.add(item.day());
        }
      } else if (!item.getStatus().equals(record.status())) {
        item.statusChanged(record.status(), now);
        counts[1]++;
      }
    }
    if (full) {
      existing.values().forEach(item -> {
        changedDays.add(item.day());
        em.remove(item);
      });
      counts[2] += existing.size();
    }
    totals.changed(changedDays);
    return page.isEmpty() ? -1 : to;
  }

  public Optional<InboxItem> find(String kind, long submissionId) {
    return em.createNamedQuery("InboxItem.bySubmission", InboxItem.class)
        .setParameter("kind", kind).setParameter("submissionId", submissionId)
        .getResultStream().findFirst();
  }

  public InboxItem item(Viewer viewer, long id) {
    return Optional.ofNullable(em.find(InboxItem.class, id))
        .filter(i -> i.isVisibleTo(viewer.teamIds(), viewer.seesAll()))
        .orElseThrow(() -> new NotFoundException("Inbox item", id));
  }

  public InboxItem bySubmission(Viewer viewer, String kind, long submissionId) {
    return find(kind, submissionId)
        .filter(i -> i.isVisibleTo(viewer.teamIds(), viewer.seesAll()))
        .orElseThrow(() -> new NotFoundException("Inbox item", kind + " " + submissionId));
  }

  /** The viewer of an account: its teams, and whether it sees confidential items of every team. */
  public Viewer viewer(long accountId, boolean seesAll) {
    return new Viewer(accountId, teams.teamsOf(accountId).stream().map(Team::getId).collect(Collectors.toSet()), seesAll);
  }

  /** One page of the inbox, newest first; with text, the best matches first. */
  public InboxPage inbox(Viewer viewer, @NotNull InboxQuery query) {
    if (!query.text().isEmpty()) {
      return search(viewer, query);
    }
    Map<String, Object> params = new HashMap<>();
    String where = where(viewer, query, params);
    TypedQuery<InboxItem> list = em.createQuery("select i from InboxItem i" + where + " order by i.receivedAt desc, i.id desc", InboxItem.class);
    // The count reads at most one id more than it reports, in the page's order, so the database stops early.
    TypedQuery<Long> ids = em.createQuery("select i.id from InboxItem i" + where + " order by i.receivedAt desc, i.id desc", Long.class);
    params.forEach((k, v) -> {
      list.setParameter(k, v);
      ids.setParameter(k, v);
    });
    List<InboxItem> items = list.setFirstResult(query.first()).setMaxResults(query.max()).getResultList();
    int counted = ids.setMaxResults(InboxPage.COUNT_LIMIT + 1).getResultList().size();
    return new InboxPage(Math.min(counted, InboxPage.COUNT_LIMIT), counted <= InboxPage.COUNT_LIMIT, items);
  }

  private String where(Viewer viewer, InboxQuery q, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    Instant now = clock.instant();
    if (q.kind() != null) {
      conditions.add("i.kind = :kind");
      params.put("kind", q.kind());
    }
    if (q.queue()) {
      conditions.add("i.teamId is null");
    } else if (q.teamId() != null) {
      conditions.add("i.teamId = :teamId");
      params.put("teamId", q.teamId());
    }
    if (q.areaId() != null) {
      conditions.add("i.areaId = :areaId");
      params.put("areaId", q.areaId());
    }
    if (q.status() != null) {
      conditions.add("i.status = :status");
      params.put("status", q.status());
    }
    if (q.tier() != null) {
      conditions.add("i.customerTier = :tier");
      params.put("tier", q.tier());
    }
    if (q.unassigned()) {
      conditions.add("i.assigneeId is null");
    }
    if (q.olderThanDays() != null) {
      conditions.add("i.receivedAt <= :olderThan");
      params.put("olderThan", now.minus(Duration.ofDays(q.olderThanDays())));
    }
    if (q.newerThanDays() != null) {
      conditions.add("i.receivedAt >= :newerThan");
      params.put("newerThan", now.minus(Duration.ofDays(q.newerThanDays())));
    }
    switch (q.state()) {
      case "OPEN" -> conditions.add("i.closed = false");
      case "CLOSED" -> conditions.add("i.closed = true");
      case "ALL" -> { }
      default -> throw new InvalidInputException("state", "The state is OPEN, CLOSED or ALL.");
    }
    if (!viewer.seesAll()) {
      if (viewer.teamIds().isEmpty()) {
        conditions.add("i.confidential = false");
      } else {
        conditions.add("(i.confidential = false or i.teamId in :ownTeams)");
        params.put("ownTeams", viewer.teamIds());
      }
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /**
   * Full-text search: the index answers the keyword filters too; the age filters narrow the page it
   * returned, so a page may then hold fewer items than asked for.
   */
  private InboxPage search(Viewer viewer, InboxQuery q) {
    Map<String, Set<String>> filters = new HashMap<>();
    if (q.kind() != null) {
      filters.put(InboxIndex.KIND, Set.of(q.kind()));
    }
    if (q.queue()) {
      filters.put(InboxIndex.TEAM, Set.of(InboxIndex.NONE));
    } else if (q.teamId() != null) {
      filters.put(InboxIndex.TEAM, Set.of(String.valueOf(q.teamId())));
    }
    if (q.areaId() != null) {
      filters.put(InboxIndex.AREA, Set.of(String.valueOf(q.areaId())));
    }
    if (q.status() != null) {
      filters.put(InboxIndex.STATUS, Set.of(q.status()));
    }
    if (q.tier() != null) {
      filters.put(InboxIndex.TIER, Set.of(q.tier().name()));
    }
    if (q.unassigned()) {
      filters.put(InboxIndex.ASSIGNED, Set.of(InboxIndex.NO));
    }
    switch (q.state()) {
      case "OPEN" -> filters.put(InboxIndex.CLOSED, Set.of(InboxIndex.NO));
      case "CLOSED" -> filters.put(InboxIndex.CLOSED, Set.of(InboxIndex.YES));
      case "ALL" -> { }
      default -> throw new InvalidInputException("state", "The state is OPEN, CLOSED or ALL.");
    }
    if (!viewer.seesAll()) {
      filters.put(InboxIndex.VISIBILITY, InboxIndex.visibleTo(viewer.teamIds()));
    }
    SearchResults results = indexes.index(InboxIndex.CONTEXT)
        .search(new SearchQuery(q.text(), "en", filters, q.first(), q.max(), true));
    List<Long> ids = results.hits().stream().map(SearchHit::id).map(Long::valueOf).toList();
    if (ids.isEmpty()) {
      return new InboxPage(results.total(), List.of());
    }
    Map<Long, InboxItem> byId = em.createNamedQuery("InboxItem.byIds", InboxItem.class).setParameter("ids", ids)
        .getResultStream().collect(Collectors.toMap(InboxItem::getId, Function.identity()));
    Instant now = clock.instant();
    List<InboxItem> items = ids.stream().map(byId::get)
        .filter(i -> i != null && i.isVisibleTo(viewer.teamIds(), viewer.seesAll()))
        .filter(i -> q.olderThanDays() == null || !i.getReceivedAt().isAfter(now.minus(Duration.ofDays(q.olderThanDays()))))
        .filter(i -> q.newerThanDays() == null || !i.getReceivedAt().isBefore(now.minus(Duration.ofDays(q.newerThanDays()))))
        .toList();
    return new InboxPage(results.total(), items);
  }

  /** Applies one action to one item or, with {@link ItemAction#itemIds()}, to many in one transaction. */
  public List<InboxItem> act(Viewer viewer, @NotNull @Valid ItemAction action, List<Long> itemIds) {
    if (itemIds == null || itemIds.isEmpty()) {
      throw new InvalidInputException("itemIds", "Choose at least one item.");
    }
    Instant now = clock.instant();
    boolean tagging = action.action() == ItemAction.Type.TAG || action.action() == ItemAction.Type.UNTAG;
    Set<String> tags = tagging ? Tags.normalize(action.tags() == null ? List.of() : action.tags()) : Set.of();
    if (tagging && tags.isEmpty()) {
      throw new InvalidInputException("tags", "Write at least one tag.");
    }
    if (action.action() == ItemAction.Type.ASSIGN) {
      checkAssignee(action.teamId(), action.assigneeId());
    }
    if (action.action() == ItemAction.Type.PRIORITY && action.priority() == null) {
      throw new InvalidInputException("priority", "Choose a priority: LOW, NORMAL, HIGH or URGENT.");
    }
    Map<Long, InboxItem> done = new LinkedHashMap<>();
    for (Long id : itemIds) {
      InboxItem item = item(viewer, id);
      switch (action.action()) {
        case ASSIGN -> item.assign(action.teamId(), action.assigneeId(), now);
        case PRIORITY -> item.prioritise(action.priority(), now);
        case TAG -> item.tag(Tags.added(item.getTags(), tags), now);
        case UNTAG -> item.tag(Tags.removed(item.getTags(), tags), now);
        case CLOSE -> item.close(now);
        case REOPEN -> item.reopen(now);
      }
      done.put(id, item);
    }
    em.flush();
    done.values().forEach(this::indexed);
    return List.copyOf(done.values());
  }

  private void checkAssignee(Long teamId, Long assigneeId) {
    if (assigneeId != null && teamId == null) {
      throw new InvalidInputException("teamId", "Choose the team of the person the items go to.");
    }
    if (assigneeId == null) {
      if (teamId != null) {
        teams.team(teamId);
      }
      return;
    }
    Account assignee = accounts.findById(assigneeId)
        .filter(Account::isStaff)
        .orElseThrow(() -> new InvalidInputException("assigneeId", "Assign items to a staff member."));
    if (teamId != null && !teams.team(teamId).getMemberIds().contains(assignee.getId())) {
      throw new InvalidInputException("assigneeId", assignee.getDisplayName() + " is not a member of that team.");
    }
  }

  /** How many of a customer's items, and of each feature's activities, a story shows: the latest. */
  static final int STORY_ITEMS = 5000;
  static final int STORY_ACTIVITIES = 1000;

  /**
   * A customer's story as one staff member may read it, oldest first: the customer's items (the latest
   * {@value #STORY_ITEMS}) and what else the customer did (votes, comments, orders, ratings, feedback owed; each
   * feature's latest {@value #STORY_ACTIVITIES}). Items of a team's confidential work are left out for staff
   * outside that team, and so is every activity about one of them, such as the rating of a confidential ticket.
   */
  public record Story(List<InboxItem> items, List<CustomerActivity.Entry> activities) {}

  public Story story(Viewer viewer, long customerId) {
    List<InboxItem> latest = new ArrayList<>(em.createNamedQuery("InboxItem.ofCustomer", InboxItem.class)
        .setParameter("customerId", customerId).setMaxResults(STORY_ITEMS).getResultList());
    Collections.reverse(latest);
    Set<String> hidden = new HashSet<>();
    List<InboxItem> items = new ArrayList<>();
    for (InboxItem item : latest) {
      if (item.isVisibleTo(viewer.teamIds(), viewer.seesAll())) {
        items.add(item);
      } else if (item.link().endsWith("/" + item.getSubmissionId())) {
        // A link that names the submission: activities about it name it too.
        hidden.add(item.link());
      }
    }
    List<CustomerActivity.Entry> done = activities.stream()
        .flatMap(a -> a.activitiesOf(customerId, STORY_ACTIVITIES).stream())
        .filter(e -> e.at() != null && !hidden.contains(e.link()))
        .sorted(Comparator.comparing(CustomerActivity.Entry::at))
        .toList();
    return new Story(List.copyOf(items), done);
  }

  /** Hands the item as it is now to the inbox's search index, which takes it once the transaction commits. */
  public void indexed(InboxItem item) {
    indexChanges.fire(IndexChange.put(InboxIndex.CONTEXT, InboxIndex.document(item)));
  }
}
