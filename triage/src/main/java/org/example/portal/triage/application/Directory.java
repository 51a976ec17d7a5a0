package org.example.portal.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.team.domain.Team;
import org.example.portal.triage.domain.InboxItem;

/** Names for the ids an inbox item holds: teams, product areas and people. */
@ApplicationScoped
public class Directory {

  @Inject CatalogService catalog;
  @Inject Accounts accounts;
  @PersistenceContext EntityManager em;

  /** What a page of items needs to show names instead of ids; read once per page. */
  public record Names(Map<Long, String> teams, Map<Long, String> areas, Map<Long, String> people, Map<Long, String> rules) {

    public String team(Long id) {
      return id == null ? null : teams.getOrDefault(id, "#" + id);
    }

    public String area(Long id) {
      return id == null ? null : areas.getOrDefault(id, "#" + id);
    }

    public String person(Long id) {
      return id == null ? null : people.getOrDefault(id, "#" + id);
    }

    /** The name of the rule that routed an item; {@code #id} once the rule is deleted. */
    public String rule(Long id) {
      return id == null ? null : rules.getOrDefault(id, "#" + id);
    }
  }

  public Names names() {
    return new Names(
        pairs(em.createQuery("select t.id, t.name from Team t", Object[].class)),
        catalog.areas().stream().collect(Collectors.toMap(ProductArea::getId, ProductArea::getName)),
        Map.of(),
        pairs(em.createQuery("select r.id, r.name from RoutingRule r", Object[].class)));
  }

  /** Names by id from a query of pairs of id and name: no team's member or area lists are read for them. */
  private static Map<Long, String> pairs(TypedQuery<Object[]> query) {
    Map<Long, String> names = new HashMap<>();
    query.getResultList().forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
    return names;
  }

  /** Display names of these accounts, read in one query, for a page of items. */
  public Map<Long, String> people(Collection<Long> accountIds) {
    List<Long> ids = accountIds.stream().filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new HashMap<>();
    em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class).setParameter("ids", ids)
        .getResultList().forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
    return names;
  }

  /** The names a page of items shows: teams, areas, and its customers and assignees. */
  public Names names(Collection<InboxItem> items) {
    List<Long> ids = new ArrayList<>();
    items.forEach(i -> {
      ids.add(i.getCustomerId());
      ids.add(i.getAssigneeId());
    });
    List<Long> teamIds = items.stream().map(InboxItem::getTeamId).filter(Objects::nonNull).distinct().toList();
    Map<Long, String> teamNames = teamIds.isEmpty()
        ? Map.of()
        : pairs(em.createQuery("select t.id, t.name from Team t where t.id in :ids", Object[].class).setParameter("ids", teamIds));
    List<Long> ruleIds = items.stream().map(InboxItem::getRoutedByRuleId).filter(Objects::nonNull).distinct().toList();
    Map<Long, String> ruleNames = ruleIds.isEmpty()
        ? Map.of()
        : pairs(em.createQuery("select r.id, r.name from RoutingRule r where r.id in :ids", Object[].class).setParameter("ids", ruleIds));
    return new Names(teamNames, catalog.areas().stream().collect(Collectors.toMap(ProductArea::getId, ProductArea::getName)), people(ids),
        ruleNames);
  }

  public String person(Long accountId) {
    return accountId == null ? null : accounts.findById(accountId).map(Account::getDisplayName).orElse("#" + accountId);
  }

  public Account account(long accountId) {
    return accounts.get(accountId);
  }
}
