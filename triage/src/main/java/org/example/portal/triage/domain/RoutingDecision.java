package org.example.portal.triage.domain;

import java.util.Set;

/**
 * Where a submission goes. {@code ruleId} is null when no rule took it: then it waits in the triage queue
 * (no team) with normal priority.
 */
public record RoutingDecision(
    Long ruleId, String ruleName, Long teamId, Priority priority, Set<String> tags, AssignmentMode assignment, boolean confidential) {

  public static final RoutingDecision TRIAGE_QUEUE =
      new RoutingDecision(null, null, null, Priority.NORMAL, Set.of(), AssignmentMode.NONE, false);

  public boolean matched() {
    return ruleId != null;
  }
}
