package org.example.portal.core.search;

/** What a reconciliation changed: documents (re)indexed because new or changed, and documents removed. */
public record ReconcileReport(String context, int indexed, int removed, long millis) {}
