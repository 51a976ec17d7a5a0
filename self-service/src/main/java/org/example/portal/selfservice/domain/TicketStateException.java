package org.example.portal.selfservice.domain;

import java.util.Locale;
import org.example.portal.core.error.ConflictException;

/** What was asked for is not possible in the ticket's current status. */
public class TicketStateException extends ConflictException {

  public TicketStateException(TicketNumber number, TicketStatus status, String reason) {
    super("status", "Ticket " + number + " is " + label(status) + ": " + reason);
  }

  public static String label(TicketStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
