package org.example.portal.triage.application;

/**
 * Which rule would take one recent submission now, beside the rule that did take it.
 *
 * @param ruleId null: no rule would, it would wait in the triage queue
 */
public record DryRunRow(
    long itemId, String kind, long submissionId, String title, Long ruleId, String ruleName, Long teamId, String priority, Long routedByRuleId) {

  public boolean sameAsRouted() {
    return java.util.Objects.equals(ruleId, routedByRuleId);
  }
}
