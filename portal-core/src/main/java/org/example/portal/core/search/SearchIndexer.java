package org.example.portal.core.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies {@link IndexChange} events once the transaction that fired them has committed, so the index only
 * ever shows committed data. A failure here is logged, never thrown: the data is safe in the database and
 * the next reconciliation puts the index right.
 */
@ApplicationScoped
public class SearchIndexer {

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

  @Inject SearchIndexes indexes;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChange change) {
    try {
      indexes.index(change.context()).apply(List.of(change));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Index " + change.context() + " missed a change of " + change.id() + "; reconciliation will repair it", e);
    }
  }
}
