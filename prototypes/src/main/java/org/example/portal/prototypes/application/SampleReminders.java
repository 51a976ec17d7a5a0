package org.example.portal.prototypes.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
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
 * database, so a restart loses nothing and a missed run catches up. A thousand requests go in one
 * transaction; each request's version lets only one server send its reminder when several run this job at
 * once. The bean takes no lock of its own: runs on one server (the schedule and a manual run) meet as runs
 * on two servers do, in the database.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SampleReminders {

  private static final Logger LOG = Logger.getLogger(SampleReminders.class.getName());
  static final int BATCH = 1000;

  @Inject SampleRequestService requests;

  @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
  void everyMinute() {
    // A failure is logged and the next run tries again; it must never cancel the schedule.
    try {
      long start = System.nanoTime();
      Map<ReminderKind, Integer> sent = run();
      if (!sent.isEmpty()) {
        LOG.log(Level.INFO, "Sample feedback reminders sent in {0} ms: {1}", new Object[] {(System.nanoTime() - start) / 1_000_000, sent});
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending sample feedback reminders failed; the next run tries again", e);
    }
  }

  /** One pass over every request that may need a reminder; returns how many of each kind went out. */
  public Map<ReminderKind, Integer> run() {
    Map<ReminderKind, Integer> sent = new EnumMap<>(ReminderKind.class);
    int offset = 0;
    List<Long> candidates;
    do {
      candidates = requests.reminderCandidates(BATCH, offset);
      Map<ReminderKind, Integer> batch = remind(candidates);
      batch.forEach((kind, count) -> sent.merge(kind, count, Integer::sum));
      // Requests that got their overdue reminder leave the candidates; the others stay and are skipped.
      offset += candidates.size() - batch.getOrDefault(ReminderKind.OVERDUE, 0);
    } while (candidates.size() == BATCH);
    return sent;
  }

  /** One transaction for the batch; if it fails (most likely another server reminded someone a moment ago), one per request. */
  private Map<ReminderKind, Integer> remind(List<Long> candidates) {
    try {
      return requests.remindAllDue(candidates);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Reminder batch failed; sending one by one", e);
    }
    Map<ReminderKind, Integer> sent = new EnumMap<>(ReminderKind.class);
    for (long id : candidates) {
      try {
        requests.remindIfDue(id).ifPresent(kind -> sent.merge(kind, 1, Integer::sum));
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Reminder for sample request " + id + " not sent; the next run tries again", e);
      }
    }
    return sent;
  }
}
