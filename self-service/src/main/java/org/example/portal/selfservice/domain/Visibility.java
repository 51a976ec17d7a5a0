package org.example.portal.selfservice.domain;

/** Who may read a message: everyone on the ticket, or staff only. */
public enum Visibility {
  /** A reply the customer reads (and is mailed). */
  PUBLIC,
  /** A note between staff; never shown or sent to the customer. */
  INTERNAL
}
