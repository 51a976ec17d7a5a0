package org.example.portal.core.search;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes the search indexes' recent changes to disk every few seconds, away from the requests that made them:
 * a Lucene commit flushes and fsyncs, which a request would otherwise wait for. What a crash loses in between
 * is derived data that start-up reconciliation puts back.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchCommits {

  @Inject SearchIndexes indexes;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void commitPending() {
    // A commit slower than the interval (a large merge) must not pile up timer ticks behind it.
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      indexes.commitPending();
    } finally {
      running.set(false);
    }
  }
}
