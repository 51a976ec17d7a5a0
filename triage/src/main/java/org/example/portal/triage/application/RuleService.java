package org.example.portal.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.submission.SubmissionSource;
import org.example.portal.core.team.application.TeamService;
import org.example.portal.triage.domain.InboxItem;
import org.example.portal.triage.domain.Router;
import org.example.portal.triage.domain.RoutingDecision;
import org.example.portal.triage.domain.RoutingRule;
import org.example.portal.triage.domain.RuleSpec;
import org.example.portal.triage.domain.TextCondition;

/**
 * Triage leads keep the ordered routing rules. The compiled {@link Router} is cached and built again when
 * the rules change (here or on another node: the cache is checked against the rules' versions).
 */
@ApplicationScoped
@Transactional
public class RuleService {

  /** How many recent submissions a dry run looks at. */
  public static final int DRY_RUN_SIZE = 100;

  @PersistenceContext EntityManager em;
  @Inject TeamService teams;
  @Inject CatalogService catalog;
  @Inject InboxService inbox;

  private volatile CachedRouter cached = new CachedRouter("", new Router(List.of()));

  private record CachedRouter(String fingerprint, Router router) {}

  public List<RoutingRule> rules() {
    return em.createNamedQuery("RoutingRule.ordered", RoutingRule.class).getResultList();
  }

  public RoutingRule rule(long id) {
    return Optional.ofNullable(em.find(RoutingRule.class, id)).orElseThrow(() -> new NotFoundException("Routing rule", id));
  }

  public RoutingRule createRule(@NotNull @Valid RuleForm form) {
    RuleSpec spec = checked(form);
    int last = rules().stream().mapToInt(RoutingRule::getPosition).max().orElse(0);
    RoutingRule rule = new RoutingRule(spec, last + 1);
    em.persist(rule);
    em.flush();
    return rule;
  }

  public RoutingRule updateRule(long id, @NotNull @Valid RuleForm form) {
    RoutingRule rule = rule(id);
    rule.change(checked(form));
    em.flush();
    return rule;
  }

  public void deleteRule(long id) {
    em.remove(rule(id));
  }

  /** Puts the rules in this order; every rule must be named once. */
  public List<RoutingRule> reorder(List<Long> ruleIds) {
    List<RoutingRule> all = rules();
    if (ruleIds == null || ruleIds.size() != all.size() || !new HashSet<>(ruleIds).equals(new HashSet<>(all.stream().map(RoutingRule::getId).toList()))) {
      throw new InvalidInputException("ruleIds", "Name every rule exactly once, in the new order.");
    }
    for (int i = 0; i < ruleIds.size(); i++) {
      rule(ruleIds.get(i)).moveTo(i + 1);
    }
    em.flush();
    return rules();
  }

  /**
   * The saved rules, compiled; rebuilt only when a rule changed since the last call. Every submission is routed,
   * so the check is one aggregate row rather than every rule: a new or deleted rule changes the count and the sum
   * of ids (ids are never reused), an edit or a move bumps a version.
   */
  public Router router() {
    Object[] state = em.createNamedQuery("RoutingRule.fingerprint", Object[].class).getSingleResult();
    String fingerprint = state[0] + ":" + state[1] + ":" + state[2] + ":" + state[3];
    CachedRouter current = cached;
    if (!current.fingerprint().equals(fingerprint)) {
      current = new CachedRouter(fingerprint, new Router(rules().stream().map(RoutingRule::compiled).toList()));
      cached = current;
    }
    return current.router();
  }

  /** Which saved rule would take each of the last {@value #DRY_RUN_SIZE} submissions. */
  public List<DryRunRow> dryRun() {
    return dryRun(router());
  }

  /** The same for a draft of the whole rule list, in order, before it is saved. */
  public List<DryRunRow> dryRun(List<@Valid RuleForm> draft) {
    List<Router.CompiledRule> compiled = new ArrayList<>();
    long draftId = -1;
    for (RuleForm form : draft) {
      compiled.add(Router.CompiledRule.of(draftId--, checked(form)));
    }
    return dryRun(new Router(compiled));
  }

  private List<DryRunRow> dryRun(Router router) {
    return em.createNamedQuery("InboxItem.latest", InboxItem.class).setMaxResults(DRY_RUN_SIZE).getResultStream()
        .map(item -> {
          RoutingDecision d = router.route(item.facts());
          return new DryRunRow(item.getId(), item.getKind(), item.getSubmissionId(), item.getTitle(), d.ruleId(), d.ruleName(),
              d.teamId(), d.priority().name(), item.getRoutedByRuleId());
        })
        .toList();
  }

  private RuleSpec checked(RuleForm form) {
    RuleSpec spec = form.toSpec();
    List<String> known = inbox.sources().stream().map(SubmissionSource::kind).sorted().toList();
    for (String kind : spec.kinds()) {
      if (!known.contains(kind)) {
        throw new InvalidInputException("kinds", "There is no kind " + kind + "; the kinds are " + String.join(", ", known) + ".");
      }
    }
    if (spec.teamId() != null) {
      teams.team(spec.teamId());
    }
    for (Long areaId : spec.areaIds()) {
      if (catalog.findArea(areaId).isEmpty()) {
        throw new InvalidInputException("areaIds", "Product area " + areaId + " does not exist.");
      }
    }
    if (!spec.textQuery().isEmpty() && TextCondition.parse(spec.textQuery()).isEmpty()) {
      throw new InvalidInputException("textQuery", "The words condition has no word to look for.");
    }
    return spec;
  }
}
