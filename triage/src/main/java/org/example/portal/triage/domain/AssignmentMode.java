package org.example.portal.triage.domain;

/** How a rule picks the person within its team. */
public enum AssignmentMode {
  /** The item goes to the team's queue; a member takes it. */
  NONE,
  /** Members take turns in the order of their account ids. */
  ROUND_ROBIN,
  /** The member with the fewest open items gets it; ties go to the lowest account id. */
  LEAST_LOADED
}
