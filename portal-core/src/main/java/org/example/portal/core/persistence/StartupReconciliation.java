package org.example.portal.core.persistence;

/**
 * Work a module does in the background after each start to catch up with the database (search indexes,
 * projections such as the triage inbox). The portal serves requests meanwhile; the health endpoint reports
 * {@code "startup":"RECONCILING"} until every implementation is done, so load tests and deployments can wait.
 */
public interface StartupReconciliation {

  /** Whether this start's reconciliation has finished (successfully or not: a failure is logged). */
  boolean isStartupReconciled();
}
