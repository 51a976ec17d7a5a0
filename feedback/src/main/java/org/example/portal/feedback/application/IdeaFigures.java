package org.example.portal.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.example.portal.core.metrics.DashboardPanel;
import org.example.portal.core.metrics.DashboardPanel.Entry;
import org.example.portal.core.metrics.DashboardPanel.Figure;
import org.example.portal.core.metrics.DashboardPanel.Ranking;
import org.example.portal.core.metrics.DashboardSource;
import org.example.portal.core.metrics.Period;
import org.example.portal.core.persistence.AggregateMemory;

/**
 * Ideas' panel of the staff dashboard: the votes cast in the period and the ideas that gained the most
 * weighted votes in it (each vote's weight is the one the idea's totals already use: a customer's tier).
 * Votes are summed per idea from the index {@code feedback_vote_created_ix} alone, in one pass; only the
 * leaders' titles are read from the ideas. Hidden ideas are left out.
 */
@ApplicationScoped
public class IdeaFigures implements DashboardSource {

  /** How many ideas the ranking shows. */
  static final int TOP = 10;

  @PersistenceContext EntityManager em;
  @Inject AggregateMemory memory;

  @Override
  public String panel() {
    return "ideas";
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  @Transactional
  public DashboardPanel figures(Period period) {
    memory.widen(em);
    boolean oneArea = period.areaId() != null;
    // One pass over the period's votes: the sums per idea give the leaders (a few more than shown, as some may
    // be hidden, looked up by id so the ideas table is never scanned) and, summed over every idea before the
    // leaders are cut off, the period's totals.
    Query query = em.createNativeQuery("select t.idea_id, i.title, i.hidden, t.w, t.total_n, t.total_w from ("
            + "select v.idea_id, sum(v.weight) as w, sum(count(*)) over () as total_n, sum(sum(v.weight)) over () as total_w"
            + " from feedback_vote v" + (oneArea ? " join feedback_idea a on a.id = v.idea_id and a.area_id = ?3" : "")
            + " where v.created_at >= ?1 and v.created_at < ?2 group by v.idea_id order by w desc, v.idea_id fetch first " + (5 * TOP)
            + " rows only) t join feedback_idea i on i.id = t.idea_id order by t.w desc, t.idea_id")
        .setParameter(1, period.fromParameter())
        .setParameter(2, period.toParameter());
    if (oneArea) {
      query.setParameter(3, period.areaId());
    }
    List<Entry> leaders = new ArrayList<>();
    long votes = 0;
    long weighted = 0;
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      votes = ((Number) columns[4]).longValue();
      weighted = ((Number) columns[5]).longValue();
      if (!Boolean.TRUE.equals(columns[2]) && leaders.size() < TOP) {
        leaders.add(new Entry((String) columns[1], "ideas/" + columns[0], BigDecimal.valueOf(((Number) columns[3]).longValue())));
      }
    }
    return new DashboardPanel(panel(), "ideas.dashboard.title",
        List.of(Figure.count("ideas.dashboard.votes", votes), Figure.count("ideas.dashboard.weighted", weighted)),
        List.of(new Ranking("ideas.dashboard.top", "votes", leaders)));
  }
}
