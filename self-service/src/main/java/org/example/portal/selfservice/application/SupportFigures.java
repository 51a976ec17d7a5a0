package org.example.portal.selfservice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.example.portal.core.metrics.DashboardPanel;
import org.example.portal.core.metrics.DashboardPanel.Figure;
import org.example.portal.core.metrics.DashboardSource;
import org.example.portal.core.metrics.Period;
import org.example.portal.core.metrics.Rates;
import org.example.portal.core.persistence.AggregateMemory;

/**
 * Support's panel of the staff dashboard, for the tickets opened in the period: how long the first public
 * answer and the solution took (median and 90th percentile, wall-clock hours), the share that met their
 * service-level targets, and the deflection rate. Everything is counted in the database over the index
 * {@code selfservice_ticket_created_ix}, which holds every column read, so a month of a million tickets is two
 * scans of that month's slice of one index, each grouped in memory: one for the first answers and the service
 * levels, one for the solutions.
 */
@ApplicationScoped
public class SupportFigures implements DashboardSource {

  @PersistenceContext EntityManager em;
  @Inject AggregateMemory memory;

  Clock clock = Clock.systemUTC();

  @Override
  public String panel() {
    return "support";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  @Transactional
  public DashboardPanel figures(Period period) {
    memory.widen(em);
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    // One pass for the first answers and the service levels: the period's tickets grouped by the whole minutes
    // to their first public answer (none yet: null), each group with its counts. A target counts once it is
    // decided: met or missed. Unanswered tickets still inside their target are neither.
    long opened = 0;
    long firstMet = 0;
    long firstMissed = 0;
    long resolutionMet = 0;
    long resolutionMissed = 0;
    long web = 0;
    NavigableMap<Long, Long> firstResponse = new TreeMap<>();
    for (Object row : query(period,
        "select m, count(*), sum(first_met), sum(first_missed), sum(resolution_met), sum(resolution_missed), sum(web) from ("
            + "select " + minutesTo("first_response_at") + " as m,"
            + " case when first_response_at is not null and first_response_at <= first_response_due then 1 else 0 end as first_met,"
            + " case when (first_response_at is not null and first_response_at > first_response_due)"
            + " or (first_response_at is null and first_response_due < ?4) then 1 else 0 end as first_missed,"
            + " case when resolution_breached = false then 1 else 0 end as resolution_met,"
            + " case when resolution_breached = true or (solved_at is null and resolution_due < ?4) then 1 else 0 end as resolution_missed,"
            + " case when channel = 'WEB' then 1 else 0 end as web"
            + " from selfservice_ticket where created_at >= ?1 and created_at < ?2" + area(period) + ") x group by m")
        .setParameter(4, now).getResultList()) {
      Object[] columns = (Object[]) row;
      long tickets = number(columns[1]);
      opened += tickets;
      firstMet += number(columns[2]);
      firstMissed += number(columns[3]);
      resolutionMet += number(columns[4]);
      resolutionMissed += number(columns[5]);
      web += number(columns[6]);
      if (columns[0] != null) {
        firstResponse.put(number(columns[0]), tickets);
      }
    }
    NavigableMap<Long, Long> resolution = minutes(period, "solved_at");
    long answered = firstResponse.values().stream().mapToLong(Long::longValue).sum();
    long solved = resolution.values().stream().mapToLong(Long::longValue).sum();
    return new DashboardPanel(panel(), "tickets.dashboard.title", List.of(
        Figure.count("tickets.dashboard.opened", opened),
        Figure.hours("tickets.dashboard.first-response-median", seconds(Rates.percentile(firstResponse, 50)), answered),
        Figure.hours("tickets.dashboard.first-response-p90", seconds(Rates.percentile(firstResponse, 90)), answered),
        Figure.hours("tickets.dashboard.resolution-median", seconds(Rates.percentile(resolution, 50)), solved),
        Figure.hours("tickets.dashboard.resolution-p90", seconds(Rates.percentile(resolution, 90)), solved),
        Figure.percent("tickets.dashboard.first-response-sla", firstMet, firstMet + firstMissed),
        Figure.percent("tickets.dashboard.resolution-sla", resolutionMet, resolutionMet + resolutionMissed),
        deflectionRate(period, web)), List.of());
  }

  /**
   * Deflections ÷ (deflections + tickets filed on the web form) in the period: of the times a customer set out
   * to write to support on the web, the share that ended with a suggested article instead of a ticket.
   * Deflections belong to no product area, so a period of one area has no rate.
   */
  private Figure deflectionRate(Period period, long webTickets) {
    if (period.areaId() != null) {
      return new Figure("tickets.dashboard.deflection-rate", DashboardPanel.Unit.PERCENT, null, 0);
    }
    long deflections = number(em.createNativeQuery("select count(*) from selfservice_deflection where created_at >= ?1 and created_at < ?2")
        .setParameter(1, period.fromParameter()).setParameter(2, period.toParameter()).getSingleResult());
    return Figure.percent("tickets.dashboard.deflection-rate", deflections, deflections + webTickets);
  }

  /**
   * How many of the period's tickets took how many whole minutes from opening to their solution: a histogram
   * of at most a few thousand rows, whatever the number of tickets.
   *
   * @param column {@code solved_at}, never user input
   */
  private NavigableMap<Long, Long> minutes(Period period, String column) {
    NavigableMap<Long, Long> histogram = new TreeMap<>();
    for (Object row : query(period,
        "select m, count(*) from (select " + minutesTo(column) + " as m"
            + " from selfservice_ticket where created_at >= ?1 and created_at < ?2 and " + column + " is not null" + area(period) + ") x group by m")
        .getResultList()) {
      Object[] columns = (Object[]) row;
      histogram.put(number(columns[0]), number(columns[1]));
    }
    return histogram;
  }

  /**
   * The whole minutes from a ticket's opening to {@code column}: the epoch of one interval, as both databases
   * compute it; cheaper in PostgreSQL than subtracting two epochs, which are decimals.
   */
  private static String minutesTo(String column) {
    return "floor(extract(epoch from " + column + " - created_at) / 60)";
  }

  private Query query(Period period, String sql) {
    Query query = em.createNativeQuery(sql).setParameter(1, period.fromParameter()).setParameter(2, period.toParameter());
    return period.areaId() == null ? query : query.setParameter(3, period.areaId());
  }

  private static String area(Period period) {
    return period.areaId() == null ? "" : " and area_id = ?3";
  }

  private static Long seconds(Long minutes) {
    return minutes == null ? null : minutes * 60;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
