package org.example.portal.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.core.submission.SubmissionChanged;
import org.example.portal.core.submission.SubmissionReceived;

/**
 * Takes submissions into the inbox once the feature's transaction has committed, so the inbox never shows
 * something that was rolled back. A failure here is logged, never thrown: the submission is safe in its
 * feature's tables and the next reconciliation adds it.
 */
@ApplicationScoped
public class SubmissionObserver {

  private static final Logger LOG = Logger.getLogger(SubmissionObserver.class.getName());

  @Inject InboxService inbox;

  void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionReceived event) {
    try {
      inbox.receive(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The inbox missed " + event.kind() + " " + event.id() + "; reconciliation will add it", e);
    }
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionChanged event) {
    try {
      inbox.statusChanged(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The inbox missed a change of " + event.kind() + " " + event.id() + "; reconciliation will repair it", e);
    }
  }
}
