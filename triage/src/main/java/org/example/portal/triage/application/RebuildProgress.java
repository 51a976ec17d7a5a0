package org.example.portal.triage.application;

/**
 * How far a reconciliation or rebuild of the inbox is.
 *
 * @param added items that were missing and were added and routed
 * @param updated items whose submission had changed
 * @param removed items whose submission no longer exists (rebuild only)
 */
public record RebuildProgress(boolean full, boolean finished, long added, long updated, long removed, String error) {

  public static final RebuildProgress IDLE = new RebuildProgress(false, true, 0, 0, 0, null);
}
