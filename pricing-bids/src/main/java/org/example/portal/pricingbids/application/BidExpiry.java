package org.example.portal.pricingbids.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.pricingbids.domain.Campaign;

/**
 * Expires bids whose deadline has passed and closes campaigns whose deadline has passed, every minute. The
 * deadlines live in the database, so nothing is lost across restarts: the first run after a start expires
 * everything that fell due while the server was down. Each batch and each campaign is its own transaction.
 * A singleton with the container's write lock: a run started by an admin waits for the scheduled one, so
 * the two never close the same campaign at once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BidExpiry {

  private static final Logger LOG = Logger.getLogger(BidExpiry.class.getName());
  static final int BATCH = 200;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** What one run did: bids expired, campaigns closed (with how long each took) and campaigns that failed to close. */
  public record Run(int expiredBids, List<ClosedCampaign> closedCampaigns, List<Long> failedCampaigns) {}

  /**
   * One campaign the run closed: its outcome, the units committed, the milliseconds its transaction took and
   * the processor time the portal spent on it (the database's own work not included), which a busy machine
   * changes far less than the elapsed time.
   */
  public record ClosedCampaign(long id, Campaign.State state, long committedUnits, long millis, long cpuMillis) {}

  @Inject BidService bids;

  @Schedule(hour = "*", minute = "*", second = "0", persistent = false)
  void everyMinute() {
    // A failure is logged and the next run tries again; it must never cancel the schedule.
    try {
      run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Expiring bids or closing campaigns failed; the next run tries again", e);
    }
  }

  /** One run now, as the schedule makes every minute. */
  public Run run() {
    int expired = expireDueBids();
    List<ClosedCampaign> closed = new ArrayList<>();
    List<Long> failed = new ArrayList<>();
    for (long campaign : bids.dueCampaigns()) {
      long start = System.nanoTime();
      long cpuStart = CPU.getCurrentThreadCpuTime();
      try {
        Campaign result = bids.closeCampaign(campaign);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        closed.add(new ClosedCampaign(campaign, result.getState(), result.getCommittedUnits(), millis, cpuMillis));
        LOG.log(Level.INFO, "Campaign {0} closed: {1}, {2} units committed, in {3} ms ({4} ms of processor time)",
            new Object[] {campaign, result.getState(), result.getCommittedUnits(), millis, cpuMillis});
      } catch (RuntimeException e) {
        failed.add(campaign);
        LOG.log(Level.WARNING, "Closing campaign " + campaign + " failed", e);
      }
    }
    return new Run(expired, closed, failed);
  }

  private int expireDueBids() {
    int total = 0;
    int expired;
    do {
      expired = bids.expireDueBids(BATCH);
      total += expired;
    } while (expired == BATCH);
    if (total > 0) {
      LOG.log(Level.INFO, "Bids expired: {0}", total);
    }
    return total;
  }
}
