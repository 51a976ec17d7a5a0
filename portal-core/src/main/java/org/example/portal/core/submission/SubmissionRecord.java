package org.example.portal.core.submission;

import java.time.Instant;

/**
 * One submission as its feature lists it: what {@link SubmissionReceived} announced, plus where it stands.
 *
 * @param status the current status, as the feature names it in {@link SubmissionChanged#status()}
 * @param at when it was submitted
 */
public record SubmissionRecord(
    String kind, long id, long customerId, Long areaId, String title, String summary, String status, Instant at) {

  /** The event that announced this submission. */
  public SubmissionReceived received() {
    return new SubmissionReceived(kind, id, customerId, areaId, title, summary, at);
  }
}
