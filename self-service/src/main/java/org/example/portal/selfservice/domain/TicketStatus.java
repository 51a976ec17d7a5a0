package org.example.portal.selfservice.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a ticket: new → open → pending customer → solved → closed. A solved ticket is reopened when
 * the customer answers within the reopen period; a closed ticket is final (the customer opens a new one).
 */
public enum TicketStatus {
  NEW,
  OPEN,
  /** Support answered and waits on the customer; the resolution clock stands still. */
  PENDING_CUSTOMER,
  SOLVED,
  CLOSED;

  /** Statuses in which support still owes the customer something. */
  public static final Set<TicketStatus> ACTIVE = EnumSet.of(NEW, OPEN, PENDING_CUSTOMER);

  public boolean canMoveTo(TicketStatus next) {
    return switch (this) {
      case NEW -> next == OPEN || next == PENDING_CUSTOMER || next == SOLVED;
      case OPEN -> next == PENDING_CUSTOMER || next == SOLVED;
      case PENDING_CUSTOMER -> next == OPEN || next == SOLVED;
      case SOLVED -> next == OPEN || next == CLOSED;
      case CLOSED -> false;
    };
  }

  public boolean isActive() {
    return ACTIVE.contains(this);
  }
}
