package org.example.portal.prototypes.domain;

/** Whether customers can see and apply to a program. */
public enum ProgramState {
  /** Being prepared by the product team; customers do not see it. */
  DRAFT,
  /** Published: eligible customers see it and may apply while its application window is open. */
  OPEN,
  /** No more applications; requests already made go on to shipping and feedback. */
  CLOSED
}
