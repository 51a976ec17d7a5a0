package org.example.portal.selfservice.application;

import java.util.Set;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.TicketStatus;

/**
 * Which tickets a queue shows. Empty sets mean "any"; without statuses only active tickets (new, open,
 * pending customer) are shown. {@code breachedOnly} keeps tickets past a target.
 */
public record QueueFilter(
    Long teamId, Long assigneeId, boolean unassignedOnly, Set<TicketStatus> statuses, Set<Priority> priorities, Long areaId, boolean breachedOnly, String text) {

  /** The order of a queue. */
  public enum Sort {
    /** What is due first comes first: the service-level view. */
    DUE,
    NEWEST,
    OLDEST,
    PRIORITY,
    UPDATED
  }

  public static QueueFilter active() {
    return new QueueFilter(null, null, false, Set.of(), Set.of(), null, false, null);
  }

  public QueueFilter withAssignee(Long assignee) {
    return new QueueFilter(teamId, assignee, unassignedOnly, statuses, priorities, areaId, breachedOnly, text);
  }

  public QueueFilter withTeam(Long team) {
    return new QueueFilter(team, assigneeId, unassignedOnly, statuses, priorities, areaId, breachedOnly, text);
  }
}
