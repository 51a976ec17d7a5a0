package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.core.submission.SubmissionReceived;

/** Learns from every module's submissions which product areas a customer is active in. */
@ApplicationScoped
public class ActivityObserver {

  private static final Logger LOG = Logger.getLogger(ActivityObserver.class.getName());

  @Inject CustomerAreas areas;

  void submitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionReceived submission) {
    if (submission.areaId() == null) {
      return;
    }
    try {
      areas.record(submission.customerId(), submission.areaId(), submission.at());
    } catch (RuntimeException e) {
      // Usually two submissions of one customer in one area at once, and the other recorded it. The
      // submission itself is committed already; it must not fail for this.
      LOG.log(Level.INFO, "Could not record customer " + submission.customerId() + " as active in area " + submission.areaId(), e);
    }
  }
}
