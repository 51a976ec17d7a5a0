package org.example.portal.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The inbox's items per UTC day by kind and product area, as the dashboard shows them. A day that is over is
 * counted once into {@code triage_day_total} and read from there; today, and a day whose totals are missing or
 * stale, is counted live in {@code triage_item}. Submitting never writes here: an item received today needs
 * nothing. Only an item that lands on a past day (a late event, a reconciliation), or an item of a past day that
 * moves to another area or is removed, makes its day's totals stale.
 *
 * <p>Every writer of a day's totals first locks the day's row in {@code triage_day}, so with several servers a
 * filler never misses an item committed meanwhile and two fillers never count a day twice. A day is over
 * {@link #SETTLE} after it ends: an item that a server took for today's, by its own clock or just before
 * midnight, has committed by then, so it is either counted or makes its day stale.
 */
@ApplicationScoped
public class DailyTotals {

  /** How long after its end a day is first counted into totals. */
  static final Duration SETTLE = Duration.ofHours(1);

  @PersistenceContext EntityManager em;
  Clock clock = Clock.systemUTC();

  /** The items of one day, kind and product area (null for items without one). */
  public record Total(LocalDate day, String kind, Long areaId, long items) {}

  /** The first day that is not over: today, and in the first {@link #SETTLE} of a day yesterday too. */
  LocalDate firstOpenDay() {
    return LocalDate.ofInstant(clock.instant().minus(SETTLE), ZoneOffset.UTC);
  }

  /** The days from {@code first} to {@code last} that are over but have no totals: each is to be {@link #count counted}. */
  public List<LocalDate> uncounted(LocalDate first, LocalDate last) {
    LocalDate end = min(last.plusDays(1), firstOpenDay());
    if (!first.isBefore(end)) {
      return List.of();
    }
    Set<Long> counted = new HashSet<>();
    for (Object day : em.createNativeQuery("select epoch_day from triage_day where counted = true and epoch_day >= ?1 and epoch_day < ?2")
        .setParameter(1, (int) first.toEpochDay()).setParameter(2, (int) end.toEpochDay()).getResultList()) {
      counted.add(((Number) day).longValue());
    }
    return first.datesUntil(end).filter(d -> !counted.contains(d.toEpochDay())).toList();
  }

  /**
   * Counts a day that is over into its totals, in one statement and a transaction of its own, unless another
   * filler counted it first.
   *
   * @return whether this call counted the day
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean count(LocalDate day) {
    if (!day.isBefore(firstOpenDay())) {
      throw new IllegalArgumentException(day + " is not over yet");
    }
    int epochDay = (int) day.toEpochDay();
    createRow(epochDay);
    // Waits for a filler or an item's transaction that holds the day; a filler that was first has counted it.
    if (em.createNativeQuery("update triage_day set counted = true where epoch_day = ?1 and counted = false").setParameter(1, epochDay).executeUpdate() == 0) {
      return false;
    }
    // Read after the lock is held, so every item committed before it is counted, and every later one makes the day stale.
    em.createNativeQuery("insert into triage_day_total (epoch_day, kind, area_id, items)"
            + " select ?1, kind, area_id, count(*) from triage_item where received_at >= ?2 and received_at < ?3 group by kind, area_id")
        .setParameter(1, epochDay).setParameter(2, start(day)).setParameter(3, start(day.plusDays(1)))
        .executeUpdate();
    return true;
  }

  /**
   * Makes the totals of the days of items added, moved to another area or removed stale, in the caller's
   * transaction, which holds each such day until it commits. Days from today on have no totals and are left
   * alone, so taking in today's submissions never writes here.
   */
  @Transactional(TxType.MANDATORY)
  public void changed(Collection<LocalDate> days) {
    for (LocalDate day : stale(days, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
      int epochDay = (int) day.toEpochDay();
      createRow(epochDay);
      em.createNativeQuery("update triage_day set counted = false where epoch_day = ?1").setParameter(1, epochDay).executeUpdate();
      em.createNativeQuery("delete from triage_day_total where epoch_day = ?1").setParameter(1, epochDay).executeUpdate();
    }
  }

  /**
   * The days whose totals a change of items on these days makes stale: those before today, each once, in
   * ascending order, the order every writer locks days in, so two writers never wait for each other in a circle.
   */
  static List<LocalDate> stale(Collection<LocalDate> days, LocalDate today) {
    return days.stream().filter(d -> d.isBefore(today)).distinct().sorted().toList();
  }

  /** Forgets every day's totals, after a rebuild that may have changed the items of any day. */
  @Transactional(TxType.REQUIRES_NEW)
  public void forgetAll() {
    // Every row, not only those counted: the update waits for a filler in progress and then sees its totals.
    em.createNativeQuery("update triage_day set counted = false").executeUpdate();
    em.createNativeQuery("delete from triage_day_total").executeUpdate();
  }

  /**
   * The totals of the days from {@code first} to {@code last}, of one area when {@code areaId} is not null: a
   * counted day's from its totals, any other day counted live. Which days are counted is read in the same
   * statement as their totals, so each day comes from one place only.
   */
  public List<Total> read(LocalDate first, LocalDate last, Long areaId) {
    List<Total> totals = new ArrayList<>();
    Set<LocalDate> counted = new HashSet<>();
    Query stored = em.createNativeQuery("select d.epoch_day, t.kind, t.area_id, t.items from triage_day d left join triage_day_total t"
            + " on t.epoch_day = d.epoch_day" + (areaId == null ? "" : " and t.area_id = ?3")
            + " where d.counted = true and d.epoch_day >= ?1 and d.epoch_day <= ?2")
        .setParameter(1, (int) first.toEpochDay()).setParameter(2, (int) last.toEpochDay());
    if (areaId != null) {
      stored.setParameter(3, areaId);
    }
    for (Object row : stored.getResultList()) {
      Object[] columns = (Object[]) row;
      LocalDate day = LocalDate.ofEpochDay(((Number) columns[0]).longValue());
      counted.add(day);
      if (columns[1] != null) {
        totals.add(new Total(day, (String) columns[1], columns[2] == null ? null : ((Number) columns[2]).longValue(), ((Number) columns[3]).longValue()));
      }
    }
    for (LocalDate[] run : runs(first, last, counted)) {
      totals.addAll(live(run[0], run[1], areaId));
    }
    return totals;
  }

  /** The runs of consecutive days from {@code first} to {@code last} that are not counted: each run's first and last day. */
  static List<LocalDate[]> runs(LocalDate first, LocalDate last, Set<LocalDate> counted) {
    List<LocalDate[]> runs = new ArrayList<>();
    LocalDate start = null;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (counted.contains(day)) {
        if (start != null) {
          runs.add(new LocalDate[] {start, day.minusDays(1)});
          start = null;
        }
      } else if (start == null) {
        start = day;
      }
    }
    if (start != null) {
      runs.add(new LocalDate[] {start, last});
    }
    return runs;
  }

  /**
   * The items of the days from {@code first} to {@code last} counted in the inbox, from the index
   * {@code triage_item_day} alone. One day (usually today) is grouped by kind and area only; longer runs by
   * their whole days since the epoch too, an expression PostgreSQL and H2 share but that costs more per item.
   */
  private List<Total> live(LocalDate first, LocalDate last, Long areaId) {
    boolean oneDay = first.equals(last);
    Query query = em.createNativeQuery(oneDay
            ? "select kind, area_id, count(*) from triage_item where received_at >= ?1 and received_at < ?2"
                + (areaId == null ? "" : " and area_id = ?3") + " group by kind, area_id"
            : "select kind, area_id, count(*), d from (select floor(extract(epoch from received_at) / 86400) as d, kind, area_id"
                + " from triage_item where received_at >= ?1 and received_at < ?2" + (areaId == null ? "" : " and area_id = ?3")
                + ") x group by d, kind, area_id")
        .setParameter(1, start(first))
        .setParameter(2, start(last.plusDays(1)));
    if (areaId != null) {
      query.setParameter(3, areaId);
    }
    List<Total> totals = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      totals.add(new Total(oneDay ? first : LocalDate.ofEpochDay(((Number) columns[3]).longValue()), (String) columns[0],
          columns[1] == null ? null : ((Number) columns[1]).longValue(), ((Number) columns[2]).longValue()));
    }
    return totals;
  }

  /**
   * Creates the day's row unless it exists; waits while another transaction creates it. The update that follows
   * then locks it.
   */
  private void createRow(int epochDay) {
    em.createNativeQuery("insert into triage_day (epoch_day, counted) values (?1, false) on conflict do nothing").setParameter(1, epochDay).executeUpdate();
  }

  private static OffsetDateTime start(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
