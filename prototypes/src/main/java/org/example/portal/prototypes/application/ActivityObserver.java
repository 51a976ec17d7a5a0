package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.core.submission.SubmissionReceived;

/**
 * Learns from every module's submissions which product areas a customer is active in. A customer stays
 * active in an area for good, so a pair this server has recorded once needs no database work again: most
 * submissions come from customers already known in their area.
 */
@ApplicationScoped
public class ActivityObserver {

  private static final Logger LOG = Logger.getLogger(ActivityObserver.class.getName());

  /** How many recorded pairs are remembered; past it the memory starts again (the database stays right). */
  private static final int REMEMBERED = 100_000;

  @Inject CustomerAreas areas;

  private final Set<Activity> recorded = ConcurrentHashMap.newKeySet();

  private record Activity(long customerId, long areaId) {}

  void submitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionReceived submission) {
    if (submission.areaId() == null) {
      return;
    }
    Activity activity = new Activity(submission.customerId(), submission.areaId());
    if (recorded.contains(activity)) {
      return;
    }
    try {
      areas.record(submission.customerId(), submission.areaId(), submission.at());
      if (recorded.size() >= REMEMBERED) {
        recorded.clear();
      }
      recorded.add(activity);
    } catch (RuntimeException e) {
      // The database being unreachable, say: the submission itself is committed already and must not fail for
      // this; the customer is recorded with their next submission in the area.
      LOG.log(Level.WARNING, "Could not record customer " + submission.customerId() + " as active in area " + submission.areaId(), e);
    }
  }
}
