package org.example.portal.triage.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.core.submission.SubmissionChanged;
import org.example.portal.core.submission.SubmissionReceived;

/**
 * Takes submissions into the inbox once the feature's transaction has committed, so the inbox never shows
 * something that was rolled back. Routing runs on the server's executor, not in the customer's request, which
 * it would only slow down; it lands within moments. A failure there is logged, never thrown: the submission
 * is safe in its feature's tables and the next reconciliation adds it. A change that overtakes its submission
 * adds the item from the feature's source, so order does not matter.
 */
@ApplicationScoped
public class SubmissionObserver {

  private static final Logger LOG = Logger.getLogger(SubmissionObserver.class.getName());

  @Inject InboxService inbox;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionReceived event) {
    run(() -> inbox.receive(event), event.kind() + " " + event.id());
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionChanged event) {
    run(() -> inbox.statusChanged(event), "a change of " + event.kind() + " " + event.id());
  }

  private void run(Runnable work, String what) {
    Runnable logged = () -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The inbox missed " + what + "; reconciliation will repair it", e);
      }
    };
    try {
      executor.execute(logged);
    } catch (RejectedExecutionException e) {
      logged.run();
    }
  }
}
