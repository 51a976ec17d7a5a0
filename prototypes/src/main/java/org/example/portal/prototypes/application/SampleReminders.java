package org.example.portal.prototypes.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.prototypes.domain.ReminderKind;

/**
 * Reminds customers of the feedback they owe, every minute: before the due date, on it, and once it has
 * passed (which also puts them in feedback debt). The due dates and which reminders went out live in the
 * database, so a restart loses nothing and a missed run catches up; each request is its own transaction,
 * and its version lets only one server send a reminder when several run this job at once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SampleReminders {

  private static final Logger LOG = Logger.getLogger(SampleReminders.class.getName());
  static final int BATCH = 500;

  @Inject SampleRequestService requests;

  @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
  void everyMinute() {
    // A failure is logged and the next run tries again; it must never cancel the schedule.
    try {
      Map<ReminderKind, Integer> sent = run();
      if (!sent.isEmpty()) {
        LOG.log(Level.INFO, "Sample feedback reminders sent: {0}", sent);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending sample feedback reminders failed; the next run tries again", e);
    }
  }

  /** One pass over every request that may need a reminder; returns how many of each kind went out. */
  public Map<ReminderKind, Integer> run() {
    Map<ReminderKind, Integer> sent = new EnumMap<>(ReminderKind.class);
    List<Long> candidates;
    int offset = 0;
    do {
      candidates = requests.reminderCandidates(BATCH, offset);
      int skipped = 0;
      for (long id : candidates) {
        try {
          var kind = requests.remindIfDue(id);
          kind.ifPresent(k -> sent.merge(k, 1, Integer::sum));
          if (kind.isEmpty() || kind.get() != ReminderKind.OVERDUE) {
            skipped++;
          }
        } catch (RuntimeException e) {
          // Most likely another server reminded this customer a moment ago; either way, next run.
          LOG.log(Level.FINE, "Reminder for sample request " + id + " not sent", e);
          skipped++;
        }
      }
      // Requests that got their overdue reminder leave the candidates; the others stay and are skipped.
      offset += skipped;
    } while (candidates.size() == BATCH);
    return sent;
  }
}
