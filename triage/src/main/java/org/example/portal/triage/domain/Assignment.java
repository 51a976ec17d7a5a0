package org.example.portal.triage.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who in a team gets the next item. Members are account ids; an empty team assigns nobody. */
public final class Assignment {

  private Assignment() {}

  /** The member after the one who got the team's previous item, in id order, wrapping around. */
  public static Optional<Long> roundRobin(List<Long> members, Long previous) {
    List<Long> sorted = members.stream().sorted().distinct().toList();
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    if (previous == null) {
      return Optional.of(sorted.getFirst());
    }
    return Optional.of(sorted.stream().filter(m -> m > previous).findFirst().orElse(sorted.getFirst()));
  }

  /** The member with the fewest open items; ties go to the lowest id, so the choice is predictable. */
  public static Optional<Long> leastLoaded(List<Long> members, Map<Long, Long> openItems) {
    return members.stream().distinct()
        .min(Comparator.<Long>comparingLong(m -> openItems.getOrDefault(m, 0L)).thenComparing(Comparator.naturalOrder()));
  }
}
