package org.example.portal.prototypes.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The feedback a customer owes and is late with. While it is not empty they can neither apply for nor
 * receive another sample; it names each item, so the customer knows exactly what to give to be eligible
 * again, without asking support.
 */
public record FeedbackDebt(List<Item> items) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  /** One overdue round of one sample. */
  public record Item(long requestId, long programId, String program, int round, Instant dueAt) {
    public String describe() {
      return "round " + round + " of your feedback on " + program + " (request " + requestId + "), due " + DAY.format(dueAt);
    }
  }

  public FeedbackDebt {
    items = List.copyOf(items);
  }

  public static FeedbackDebt none() {
    return new FeedbackDebt(List.of());
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** "Give round 1 of your feedback on X (request 7), due 2026-12-01 to become eligible again." */
  public String explanation() {
    return "You have overdue feedback. Give "
        + items.stream().map(Item::describe).collect(Collectors.joining("; "))
        + " to become eligible for samples again.";
  }
}
