package org.example.portal.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.example.portal.core.submission.SubmissionChanged;
import org.example.portal.core.submission.SubmissionReceived;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The observer's queue: every event reaches the inbox once, in order, in bounded batches, failures alone. */
class SubmissionObserverTest {

  /** Records what the inbox was given; an event of kind "poison" fails the transaction it is in. */
  static class RecordingInbox extends InboxService {
    final List<List<?>> batches = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void take(List<?> events) {
      if (events.stream().anyMatch(e -> e instanceof SubmissionReceived r && r.kind().equals("poison"))) {
        throw new IllegalStateException("rolled back");
      }
      batches.add(List.copyOf(events));
    }

    List<Object> taken() {
      synchronized (batches) {
        return batches.stream().<Object>flatMap(List::stream).toList();
      }
    }
  }

  /** One thread, as in the server; a task that holds it makes events queue up. */
  private final ExecutorService threads = Executors.newSingleThreadExecutor();
  private final RecordingInbox inbox = new RecordingInbox();
  private final SubmissionObserver observer = new SubmissionObserver();

  @BeforeEach
  void wire() {
    observer.inbox = inbox;
    observer.executor = threads;
  }

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  private static SubmissionReceived received(String kind, long id) {
    return new SubmissionReceived(kind, id, 7, null, "Title " + id, "Summary", Instant.EPOCH);
  }

  private static SubmissionChanged changed(long id) {
    return new SubmissionChanged("ticket", id, "CLOSED", null, Instant.EPOCH);
  }

  private void awaitTaken(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (inbox.taken().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    Thread.sleep(50);
  }

  @Test
  void everyEventFromManyThreadsReachesTheInboxOnceAndEachThreadsInOrder() throws Exception {
    int senders = 4;
    int each = 1_000;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService senderThreads = Executors.newFixedThreadPool(senders);
    for (int s = 0; s < senders; s++) {
      long base = s * 1_000_000L;
      senderThreads.execute(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        for (int i = 0; i < each; i++) {
          observer.received(received("ticket", base + i));
          observer.changed(changed(base + i));
        }
      });
    }
    start.countDown();
    senderThreads.shutdown();
    assertTrue(senderThreads.awaitTermination(10, TimeUnit.SECONDS));
    awaitTaken(senders * each * 2);

    List<Object> taken = inbox.taken();
    assertEquals(senders * each * 2, taken.size(), "each event once");
    for (int s = 0; s < senders; s++) {
      long base = s * 1_000_000L;
      List<Object> own = taken.stream()
          .filter(e -> (e instanceof SubmissionReceived r ? r.id() : ((SubmissionChanged) e).id()) / 1_000_000L == base / 1_000_000L)
          .toList();
      List<Object> expected = new ArrayList<>();
      for (int i = 0; i < each; i++) {
        expected.add(received("ticket", base + i));
        expected.add(changed(base + i));
      }
      assertEquals(expected, own, "sender " + s + "'s events in the order sent: no change before its submission");
    }
    assertTrue(inbox.batches.stream().allMatch(b -> b.size() <= 200), "at most 200 events per transaction");
  }

  @Test
  void anEventThatFailsCostsTheOthersInItsBatchNothing() throws Exception {
    // The executor's only thread is busy until all three are queued, so they share one batch.
    CountDownLatch queued = new CountDownLatch(1);
    threads.execute(() -> {
      try {
        queued.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    observer.received(received("ticket", 1));
    observer.received(received("poison", 2));
    observer.received(received("ticket", 3));
    queued.countDown();
    awaitTaken(2);

    assertEquals(List.of(received("ticket", 1), received("ticket", 3)), inbox.taken());
  }
}
