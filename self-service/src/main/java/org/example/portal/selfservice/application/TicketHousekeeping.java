package org.example.portal.selfservice.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes solved tickets once their reopen period is over, every ten minutes. What is due is read from the
 * database, so nothing is lost across restarts. Each batch is its own transaction.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketHousekeeping {

  private static final Logger LOG = Logger.getLogger(TicketHousekeeping.class.getName());
  static final int BATCH = 200;

  @Inject TicketService tickets;

  @Schedule(hour = "*", minute = "*/10", second = "30", persistent = false)
  void closeSettledTickets() {
    // A failure is logged and the next run tries again; it must never cancel the schedule.
    try {
      int looked;
      do {
        looked = tickets.closeSettledTickets(BATCH);
      } while (looked == BATCH);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Closing settled tickets failed; the next run tries again", e);
    }
  }
}
