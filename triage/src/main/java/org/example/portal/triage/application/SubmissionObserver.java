package org.example.portal.triage.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.core.submission.SubmissionChanged;
import org.example.portal.core.submission.SubmissionReceived;

/**
 * Takes submissions into the inbox once the feature's transaction has committed, so the inbox never shows
 * something that was rolled back. Routing runs on a thread of the inbox's own, not in the customer's request,
 * which it would only slow down; it lands within moments.
 *
 * <p>Events wait in one queue that a single task drains, in their order, up to {@value #BATCH} to a
 * transaction: under load many submissions share a transaction (and its commit), a change never overtakes its
 * submission on this server, and a task is started only when none is draining. The thread comes from the
 * server's thread factory, so it runs in the application's context, and waits behind nothing else.
 * A failure is logged, never thrown: the submission is safe in its feature's tables and the next
 * reconciliation adds it. A change that overtakes its submission (from another server) adds the item from the
 * feature's source, so order does not matter there either.
 */
@ApplicationScoped
public class SubmissionObserver {

  private static final Logger LOG = Logger.getLogger(SubmissionObserver.class.getName());

  /** At most this many events go into one inbox transaction. */
  private static final int BATCH = 200;

  @Inject InboxService inbox;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  ExecutorService executor;

  private final Queue<Object> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();

  @PostConstruct
  void start() {
    executor = Executors.newSingleThreadExecutor(threads);
  }

  @PreDestroy
  void stop() {
    executor.shutdown();
  }

  void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionReceived event) {
    pending.add(event);
    drainSoon();
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionChanged event) {
    pending.add(event);
    drainSoon();
  }

  /** Starts a drain unless one runs: that one takes the new events too (it checks again before it ends). */
  private void drainSoon() {
    if (pending.isEmpty() || !draining.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      drain();
    }
  }

  private void drain() {
    try {
      for (List<Object> batch = next(); !batch.isEmpty(); batch = next()) {
        take(batch);
      }
    } finally {
      draining.set(false);
    }
    // An event queued after the last look but before the flag went down has nobody to take it yet.
    drainSoon();
  }

  private List<Object> next() {
    List<Object> batch = new ArrayList<>();
    Object event;
    while (batch.size() < BATCH && (event = pending.poll()) != null) {
      batch.add(event);
    }
    return batch;
  }

  private void take(List<Object> batch) {
    try {
      inbox.take(batch);
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        LOG.log(Level.WARNING, "The inbox missed " + describe(batch.getFirst()) + "; reconciliation will repair it", e);
        return;
      }
      // One event that fails must not cost the others their place: each is taken on its own.
      batch.forEach(event -> take(List.of(event)));
    }
  }

  private static String describe(Object event) {
    return switch (event) {
      case SubmissionReceived r -> r.kind() + " " + r.id();
      case SubmissionChanged c -> "a change of " + c.kind() + " " + c.id();
      default -> String.valueOf(event);
    };
  }
}
