package org.example.portal.feedback.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an idea stands. Product teams move it forward one step at a time, may step back when plans change,
 * and may decline it (with a reason) until it ships. {@link #MERGED} is reached only by merging.
 */
public enum IdeaStatus {
  NEW,
  UNDER_REVIEW,
  PLANNED,
  IN_PROGRESS,
  SHIPPED,
  DECLINED,
  MERGED;

  /** The statuses shown on the public roadmap, in its column order. */
  public static final Set<IdeaStatus> ROADMAP = EnumSet.of(PLANNED, IN_PROGRESS, SHIPPED);

  /** The statuses a product team may set from this one. */
  public Set<IdeaStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(UNDER_REVIEW, PLANNED, DECLINED);
      case UNDER_REVIEW -> EnumSet.of(PLANNED, DECLINED);
      case PLANNED -> EnumSet.of(UNDER_REVIEW, IN_PROGRESS, DECLINED);
      case IN_PROGRESS -> EnumSet.of(PLANNED, SHIPPED, DECLINED);
      case SHIPPED -> EnumSet.of(IN_PROGRESS);
      case DECLINED -> EnumSet.of(UNDER_REVIEW);
      case MERGED -> EnumSet.noneOf(IdeaStatus.class);
    };
  }

  public boolean canMoveTo(IdeaStatus target) {
    return next().contains(target);
  }

  /** Open ideas collect votes and can be merged; shipped, declined and merged ones are closed. */
  public boolean isOpen() {
    return this != SHIPPED && this != DECLINED && this != MERGED;
  }
}
