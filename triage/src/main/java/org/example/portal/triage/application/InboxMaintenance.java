package org.example.portal.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.core.concurrent.LongTasks;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.persistence.PortalStarted;
import org.example.portal.core.persistence.StartupReconciliation;
import org.example.portal.core.search.SearchMaintenance;
import org.example.portal.core.submission.SubmissionSource;
import org.example.portal.triage.infrastructure.InboxIndex;

/**
 * Keeps the inbox in line with the features' own data. At start-up it reconciles in the background (a
 * submission committed just before a crash, whose event was lost, is added then); an admin's rebuild also
 * refreshes every item's copy of its submission, drops items whose submission is gone, and ends by forgetting the
 * dashboard's daily totals. Triage's own decisions (team, assignee, priority, tags, closed) are kept by both.
 */
@ApplicationScoped
public class InboxMaintenance implements StartupReconciliation {

  private static final Logger LOG = Logger.getLogger(InboxMaintenance.class.getName());
  private static final int PAGE = 500;

  @Inject InboxService inbox;
  @Inject SearchMaintenance search;
  @Inject DailyTotals totals;

  @Inject LongTasks tasks;

  private volatile RebuildProgress progress = RebuildProgress.IDLE;

  /** Set once a reconciliation (the start's, or a later one) has finished. */
  private volatile boolean reconciled;

  void onStart(@Observes PortalStarted started) {
    start(false);
  }

  @Override
  public boolean isStartupReconciled() {
    return reconciled;
  }

  /** Starts a full rebuild in the background; {@link #progress()} tells how far it is. */
  public synchronized RebuildProgress rebuild() {
    return start(true);
  }

  public RebuildProgress progress() {
    return progress;
  }

  private synchronized RebuildProgress start(boolean full) {
    if (!progress.finished()) {
      throw new ConflictException("The inbox is already being reconciled.");
    }
    progress = new RebuildProgress(full, false, 0, 0, 0, null);
    tasks.run(() -> run(full));
    return progress;
  }

  /**
   * One page, tried a second time when it fails: a submission's own event may add its item between the page's
   * reading and its writing, and the page then clashes with that item once, never twice.
   */
  private long reconcilePage(SubmissionSource source, long after, boolean full, long[] counts) {
    long[] tried = counts.clone();
    try {
      return inbox.reconcilePage(source, after, PAGE, full, tried);
    } catch (RuntimeException first) {
      LOG.log(Level.FINE, "A page of " + source.kind() + " after " + after + " failed once; trying it again", first);
      tried = counts.clone();
      return inbox.reconcilePage(source, after, PAGE, full, tried);
    } finally {
      System.arraycopy(tried, 0, counts, 0, counts.length);
    }
  }

  /** Reconciles every source now, in this thread, page by page. */
  public RebuildProgress run(boolean full) {
    long[] counts = new long[3];
    try {
      for (SubmissionSource source : inbox.sources()) {
        long after = 0;
        while (after >= 0) {
          after = reconcilePage(source, after, full, counts);
          progress = new RebuildProgress(full, false, counts[0], counts[1], counts[2], null);
        }
      }
      if (full) {
        // Each page made the days it changed stale; forgetting them all also drops totals that went stale
        // through writes that bypassed the inbox.
        totals.forgetAll();
      }
      // Items changed in bulk are not indexed one by one; the index catches up in one pass.
      search.reconcile(InboxIndex.CONTEXT);
      progress = new RebuildProgress(full, true, counts[0], counts[1], counts[2], null);
      LOG.info(() -> "Inbox " + (full ? "rebuilt" : "reconciled") + ": " + counts[0] + " added, " + counts[1] + " updated, " + counts[2] + " removed");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reconciling the inbox failed", e);
      progress = new RebuildProgress(full, true, counts[0], counts[1], counts[2], String.valueOf(e.getMessage()));
    } finally {
      reconciled = true;
    }
    return progress;
  }
}
