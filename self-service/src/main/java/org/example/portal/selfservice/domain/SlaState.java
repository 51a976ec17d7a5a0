package org.example.portal.selfservice.domain;

/** Where a ticket stands against its service-level targets, for badges and queue highlighting. */
public enum SlaState {
  /** Within target with room to spare. */
  ON_TRACK,
  /** Within target, but less than a fifth of the business time (or one business hour) is left. */
  AT_RISK,
  /** Waiting on the customer: the resolution clock stands still. */
  PAUSED,
  /** A target was missed. */
  BREACHED,
  /** Solved or closed within every target. */
  MET
}
