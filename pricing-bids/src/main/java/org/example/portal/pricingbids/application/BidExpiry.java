package org.example.portal.pricingbids.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Expires bids whose deadline has passed and closes campaigns whose deadline has passed, every minute. The deadlines live in the database, so nothing is
 * lost across restarts: the first run after a start expires everything that fell due while the server was
 * down. Each batch is its own transaction.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BidExpiry {

  private static final Logger LOG = Logger.getLogger(BidExpiry.class.getName());
  static final int BATCH = 200;

  @Inject BidService bids;

  @Schedule(hour = "*", minute = "*", second = "0", persistent = false)
  void everyMinute() {
    // A failure is logged and the next run tries again; it must never cancel the schedule.
    try {
      expireDueBids();
      for (long campaign : bids.dueCampaigns()) {
        closeCampaign(campaign);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Expiring bids or closing campaigns failed; the next run tries again", e);
    }
  }

  private void expireDueBids() {
    int total = 0;
    int expired;
    do {
      expired = bids.expireDueBids(BATCH);
      total += expired;
    } while (expired == BATCH);
    if (total > 0) {
      LOG.log(Level.INFO, "Bids expired: {0}", total);
    }
  }

  private void closeCampaign(long campaign) {
    try {
      bids.closeCampaign(campaign);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Closing campaign " + campaign + " failed", e);
    }
  }
}
