package org.example.portal.triage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssignmentTest {

  @Test
  void roundRobinTakesTurnsInIdOrderAndWrapsAround() {
    List<Long> members = List.of(30L, 10L, 20L);

    assertEquals(Optional.of(10L), Assignment.roundRobin(members, null));
    assertEquals(Optional.of(20L), Assignment.roundRobin(members, 10L));
    assertEquals(Optional.of(30L), Assignment.roundRobin(members, 20L));
    assertEquals(Optional.of(10L), Assignment.roundRobin(members, 30L));
  }

  @Test
  void roundRobinCarriesOnWhenThePreviousAssigneeLeftTheTeam() {
    assertEquals(Optional.of(30L), Assignment.roundRobin(List.of(10L, 30L), 20L));
    assertEquals(Optional.of(10L), Assignment.roundRobin(List.of(10L, 30L), 99L));
  }

  @Test
  void leastLoadedPicksTheMemberWithFewestOpenItemsAndTheLowestIdOnATie() {
    List<Long> members = List.of(10L, 20L, 30L);

    assertEquals(Optional.of(20L), Assignment.leastLoaded(members, Map.of(10L, 3L, 20L, 1L, 30L, 2L)));
    assertEquals(Optional.of(30L), Assignment.leastLoaded(members, Map.of(10L, 3L, 20L, 1L)));
    assertEquals(Optional.of(10L), Assignment.leastLoaded(members, Map.of()));
  }

  @Test
  void anEmptyTeamAssignsNobody() {
    assertTrue(Assignment.roundRobin(List.of(), 1L).isEmpty());
    assertTrue(Assignment.leastLoaded(List.of(), Map.of()).isEmpty());
  }
}
