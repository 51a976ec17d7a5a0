package org.example.portal.feedback.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.example.portal.core.error.TooManyRequestsException;

/**
 * How many ideas one customer may submit per hour, against floods and spam scripts. A customer who reaches it
 * is told when they can submit again, counted from their oldest idea within the hour.
 */
public record SubmissionLimit(int perHour) {

  public static final Duration WINDOW = Duration.ofHours(1);
  private static final DateTimeFormatter UTC_MINUTES = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /**
   * @param recent ideas the customer submitted within the last hour
   * @param oldestRecent when the oldest of them was submitted (null when there is none)
   */
  public void check(long recent, Instant oldestRecent) {
    if (recent >= perHour) {
      throw new TooManyRequestsException(
          "You have submitted " + recent + " ideas in the last hour, the most we accept. You can submit the next one at "
              + UTC_MINUTES.format(oldestRecent.plus(WINDOW)) + "; until then, vote for or comment on existing ideas.");
    }
  }
}
