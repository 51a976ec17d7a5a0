package org.example.portal.selfservice.domain;

import org.example.portal.core.error.ConflictException;

/**
 * Someone changed the ticket after the caller loaded it. The caller's change is not applied, so nobody's
 * work is silently overwritten: they reload, look at what changed and decide again.
 */
public class TicketChangedException extends ConflictException {

  public TicketChangedException(TicketNumber number, long expected, long actual) {
    super(
        "version",
        "Ticket " + number + " was changed by someone else while you were working on it (you had version " + expected
            + ", it is now at version " + actual + "). Reload the ticket to see their change, then apply yours again.");
  }
}
