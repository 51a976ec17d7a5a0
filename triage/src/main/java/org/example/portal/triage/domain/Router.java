package org.example.portal.triage.domain;

import java.util.List;

/**
 * The routing rules in their order, compiled once: the first enabled rule whose every condition holds
 * decides. Each submission's text is indexed in memory once however many rules ask about words.
 */
public final class Router {

  /** One rule, ready to evaluate. */
  public record CompiledRule(long id, RuleSpec spec, TextCondition text) {

    public static CompiledRule of(long id, RuleSpec spec) {
      return new CompiledRule(id, spec, TextCondition.parse(spec.textQuery()));
    }

    boolean matches(RoutingFacts facts, TextCondition.Text[] text) {
      if (!spec.enabled()
          || !(spec.kinds().isEmpty() || spec.kinds().contains(facts.kind()))
          || !(spec.areaIds().isEmpty() || (facts.areaId() != null && spec.areaIds().contains(facts.areaId())))
          || !(spec.tiers().isEmpty() || spec.tiers().contains(facts.tier()))
          || !(spec.languages().isEmpty() || spec.languages().contains(facts.language()))) {
        return false;
      }
      if (spec.textQuery().isEmpty()) {
        return true;
      }
      if (text[0] == null) {
        text[0] = new TextCondition.Text(facts);
      }
      return this.text.matches(text[0]);
    }

    RoutingDecision decision() {
      return new RoutingDecision(id, spec.name(), spec.teamId(), spec.priority(), spec.tags(), spec.assignment(), spec.confidential());
    }
  }

  private final List<CompiledRule> rules;

  public Router(List<CompiledRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<CompiledRule> rules() {
    return rules;
  }

  public RoutingDecision route(RoutingFacts facts) {
    // Built on the first rule that asks about words, then shared by the rest.
    TextCondition.Text[] text = new TextCondition.Text[1];
    for (CompiledRule rule : rules) {
      if (rule.matches(facts, text)) {
        return rule.decision();
      }
    }
    return RoutingDecision.TRIAGE_QUEUE;
  }
}
