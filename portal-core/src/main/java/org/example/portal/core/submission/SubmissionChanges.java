package org.example.portal.core.submission;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * Announces many {@link SubmissionChanged} events of one transaction once it has committed, from the server's
 * executor. Observers see them after the commit either way; thousands of them (a campaign closing, a reminder
 * run) would otherwise hold the committing request for seconds after its work is done. Nothing is announced
 * when the transaction rolls back.
 */
@ApplicationScoped
public class SubmissionChanges {

  @Inject Event<SubmissionChanged> changed;
  @Resource TransactionSynchronizationRegistry transactions;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  /** Must be called inside the transaction whose changes the events describe. */
  public void afterCommit(List<SubmissionChanged> events) {
    if (events.isEmpty()) {
      return;
    }
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          executor.execute(() -> events.forEach(changed::fire));
        }
      }
    });
  }
}
