package org.example.portal.selfservice.domain;

import org.example.portal.core.error.NotFoundException;

/** No such ticket, or not one the caller may see: both look the same, so numbers reveal nothing. */
public class TicketNotFoundException extends NotFoundException {

  public TicketNotFoundException(long id) {
    super("Ticket", new TicketNumber(Math.max(1, id)));
  }
}
