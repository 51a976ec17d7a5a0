package org.example.portal.core.submission;

import java.time.Instant;
import java.util.List;

/**
 * What a customer did in a feature besides its submissions (votes, comments, orders, ratings, feedback given or
 * owed), for the customer's whole story that staff read. Each feature contributes one bean; none of them knows
 * who reads it.
 */
public interface CustomerActivity {

  /** At most {@code limit} of the customer's activities in this feature, newest first. */
  List<Entry> activitiesOf(long customerId, int limit);

  /**
   * One thing a customer did.
   *
   * @param kind what it was, such as {@code idea-vote}; a story names it in the reader's language
   * @param title what it was about, such as the idea's title
   * @param detail a short line of what happened, such as an excerpt of a comment or an order's status; may be empty
   * @param link the page of what it was about, relative to the portal's root (e.g. {@code ideas/42})
   */
  record Entry(String kind, Instant at, String title, String detail, String link) {}
}
