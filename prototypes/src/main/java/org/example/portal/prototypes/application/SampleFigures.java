package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import org.example.portal.core.metrics.DashboardPanel;
import org.example.portal.core.metrics.DashboardPanel.Figure;
import org.example.portal.core.metrics.DashboardSource;
import org.example.portal.core.metrics.Period;
import org.example.portal.prototypes.domain.RequestState;

/**
 * Product samples' panel of the staff dashboard, from the requests' history: feedback rounds given on time
 * (the customer's move out of delivered or feedback due), given late (out of overdue), and rounds that fell
 * overdue, all in the period; compliance is on time ÷ (on time + fell overdue), since every round that comes
 * due either arrives in time or falls overdue. Overdue now counts the requests waiting for late feedback
 * today, whatever the period. With an area, only the programs of that area count.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SampleFigures implements DashboardSource {

  @PersistenceContext EntityManager em;

  @Override
  public String panel() {
    return "samples";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public DashboardPanel figures(Period period) {
    String area = period.areaId() == null ? ""
        : " and r.program_id in (select p.id from samples_program p where p.area_id = ?3)";
    // A round given is the customer's own move (the reminder job's moves have no actor) out of a state awaiting it.
    Query rounds = em.createNativeQuery(
            "select coalesce(sum(case when h.actor_id is not null and h.from_state in (?4, ?5) and h.to_state in (?5, ?7) then 1 else 0 end), 0),"
                + " coalesce(sum(case when h.actor_id is not null and h.from_state = ?6 and h.to_state in (?5, ?7) then 1 else 0 end), 0),"
                + " coalesce(sum(case when h.to_state = ?6 then 1 else 0 end), 0)"
                + " from samples_history h join samples_request r on r.id = h.request_id"
                + " where h.at >= ?1 and h.at < ?2 and h.to_state in (?5, ?6, ?7)" + area)
        .setParameter(1, period.fromParameter())
        .setParameter(2, period.toParameter())
        .setParameter(4, RequestState.DELIVERED.name())
        .setParameter(5, RequestState.FEEDBACK_DUE.name())
        .setParameter(6, RequestState.OVERDUE.name())
        .setParameter(7, RequestState.FEEDBACK_RECEIVED.name());
    Query overdue = em.createNativeQuery("select count(*) from samples_request r where r.state = ?4" + area)
        .setParameter(4, RequestState.OVERDUE.name());
    if (period.areaId() != null) {
      rounds.setParameter(3, period.areaId());
      overdue.setParameter(3, period.areaId());
    }
    Object[] counts = (Object[]) rounds.getSingleResult();
    long onTime = ((Number) counts[0]).longValue();
    long late = ((Number) counts[1]).longValue();
    long fellOverdue = ((Number) counts[2]).longValue();
    return new DashboardPanel(panel(), "samples.dashboard.title", List.of(
        Figure.percent("samples.dashboard.compliance", onTime, onTime + fellOverdue),
        Figure.count("samples.dashboard.on-time", onTime),
        Figure.count("samples.dashboard.late", late),
        Figure.count("samples.dashboard.fell-overdue", fellOverdue),
        Figure.count("samples.dashboard.overdue-now", ((Number) overdue.getSingleResult()).longValue())), List.of());
  }
}
