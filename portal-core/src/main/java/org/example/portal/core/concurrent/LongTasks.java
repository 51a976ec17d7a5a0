package org.example.portal.core.concurrent;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Work that takes minutes: the start-up reconciliations, index and inbox rebuilds, article imports. They run one
 * at a time, in the order they were asked for, on a thread of their own that the server made (so they run in
 * the application's context). The server's default executor also runs one task at a time; the short tasks queued
 * there, such as the events announced after a commit, must not wait minutes behind these.
 */
@ApplicationScoped
public class LongTasks {

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private ExecutorService executor;

  @PostConstruct
  void start() {
    executor = Executors.newSingleThreadExecutor(threads);
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  /** Runs the task after the long tasks asked for before it. */
  public void run(Runnable task) {
    executor.execute(task);
  }

  /** Computes the result after the long tasks asked for before it. */
  public <T> CompletableFuture<T> supply(Supplier<T> task) {
    return CompletableFuture.supplyAsync(task, executor);
  }
}
