package org.example.portal.core.submission;

import java.util.List;

/**
 * A feature's own record of one kind of submission, so that projections such as the triage inbox can be
 * rebuilt and reconciled from the feature's database instead of trusting that every event arrived. Each
 * feature that fires {@link SubmissionReceived} contributes one bean of this type per kind.
 */
public interface SubmissionSource {

  /** The kind this source lists, as in {@link SubmissionReceived#kind()}. */
  String kind();

  /**
   * Up to {@code limit} submissions with an id above {@code afterId}, in ascending id order (keyset paging,
   * so a listing of millions stays cheap), each as it would be announced now, with its current status.
   */
  List<SubmissionRecord> page(long afterId, int limit);
}
