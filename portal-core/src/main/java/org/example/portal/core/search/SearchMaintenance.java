package org.example.portal.core.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.core.concurrent.LongTasks;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.persistence.PortalStarted;
import org.example.portal.core.persistence.StartupReconciliation;

/**
 * Keeps every index in line with its module's database: reconciles each one when the portal starts (in the
 * background, so deployment does not wait), and reconciles or fully rebuilds one on a staff member's request.
 */
@ApplicationScoped
public class SearchMaintenance implements StartupReconciliation {

  private static final Logger LOG = Logger.getLogger(SearchMaintenance.class.getName());

  @Inject SearchIndexes indexes;

  @Inject @Any Instance<SearchSource> sources;

  @Inject LongTasks tasks;

  private final Map<String, RebuildProgress> rebuilds = new ConcurrentHashMap<>();

  /** Whether the start-up reconciliation has gone through every index (the health endpoint reports it). */
  private volatile boolean startupReconciled;

  void onStart(@Observes PortalStarted started) {
    tasks.run(() -> {
      try {
        sources.forEach(source -> {
          try {
            ReconcileReport report = reconcile(source);
            LOG.info(() -> "Search index " + report.context() + " reconciled in " + report.millis() + " ms: "
                + report.indexed() + " indexed, " + report.removed() + " removed");
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reconciling the search index " + source.context() + " failed", e);
          }
        });
      } finally {
        startupReconciled = true;
      }
    });
  }

  /**
   * False while the indexes catch up with the database after a start: searches work but may miss what changed
   * while the portal was down (or everything, after the index folder was deleted).
   */
  @Override
  public boolean isStartupReconciled() {
    return startupReconciled;
  }

  /** The contexts that have a source, i.e. every index the portal keeps. */
  public List<String> contexts() {
    return sources.stream().map(SearchSource::context).sorted().toList();
  }

  public ReconcileReport reconcile(String context) {
    return reconcile(source(context));
  }

  private ReconcileReport reconcile(SearchSource source) {
    return indexes.index(source.context()).reconcile(source);
  }

  /** Starts a full rebuild in the background; {@link #progress} tells how far it is. */
  public RebuildProgress rebuild(String context) {
    SearchSource source = source(context);
    RebuildProgress current = progress(context);
    if (!current.finished()) {
      throw new ConflictException("The index " + context + " is already being rebuilt.");
    }
    RebuildProgress starting = new RebuildProgress(context, 0, 0, false, null);
    rebuilds.put(context, starting);
    tasks.run(() -> {
      try {
        indexes.index(context).rebuild(source, p -> rebuilds.put(context, p));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Rebuilding the search index " + context + " failed", e);
        RebuildProgress last = rebuilds.get(context);
        rebuilds.put(context, new RebuildProgress(context, last.done(), last.total(), true, e.getMessage()));
      }
    });
    return starting;
  }

  public RebuildProgress progress(String context) {
    source(context);
    return rebuilds.getOrDefault(context, RebuildProgress.idle(context));
  }

  private SearchSource source(String context) {
    return sources.stream()
        .filter(s -> s.context().equals(context))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Search index", context));
  }
}
