package org.example.portal.triage.application;

import java.util.Set;

/**
 * A staff member looking at the inbox: the teams they belong to and whether they see every item (triage
 * leads and admins do). Confidential items are visible only to their team's members and to those.
 */
public record Viewer(long accountId, Set<Long> teamIds, boolean seesAll) {

  public Viewer {
    teamIds = Set.copyOf(teamIds);
  }
}
