package org.example.portal.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.example.portal.core.team.domain.Team;
import org.example.portal.triage.domain.Assignment;
import org.example.portal.triage.domain.AssignmentMode;

/** Picks the member of a team who gets a routed item, by the rule's assignment mode. */
@ApplicationScoped
public class TeamAssigner {

  @PersistenceContext EntityManager em;
  /** The assignee, or null when the rule does not assign or the team has no member. */
  Long pick(Long teamId, AssignmentMode mode) {
    if (teamId == null || mode == AssignmentMode.NONE) {
      return null;
    }
    Team team = em.find(Team.class, teamId);
    if (team == null || team.getMemberIds().isEmpty()) {
      return null;
    }
    List<Long> members = List.copyOf(team.getMemberIds());
    return switch (mode) {
      case ROUND_ROBIN -> {
        Long previous = em.createNamedQuery("InboxItem.lastAssigneeOfTeam", Long.class)
            .setParameter("teamId", teamId).setMaxResults(1).getResultStream().findFirst().orElse(null);
        yield Assignment.roundRobin(members, previous).orElse(null);
      }
      case LEAST_LOADED -> {
        Map<Long, Long> load = new HashMap<>();
        for (Object[] row : em.createNamedQuery("InboxItem.openLoad", Object[].class).setParameter("members", members).getResultList()) {
          load.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        yield Assignment.leastLoaded(members, load).orElse(null);
      }
      case NONE -> null;
    };
  }
}
