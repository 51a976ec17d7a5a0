package org.example.portal.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * Ideas' panel of the staff dashboard: the votes cast in the period and the ideas that gained the most
 * weighted votes in it (each vote's weight is the one the idea's totals already use: a customer's tier).
 * Votes are summed per idea from the index {@code feedback_vote_created_ix} alone; only the leaders' titles
 * are read from the ideas. Hidden ideas are left out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IdeaFigures implements DashboardSource {

  /** How many ideas the ranking shows. */
  static final int TOP = 10;

  @PersistenceContext EntityManager em;

  @Override
  public String panel() {
    return "ideas";
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public DashboardPanel figures(Period period) {
    boolean oneArea = period.areaId() != null;
    String votes = "select v.idea_id, count(*) as n, sum(v.weight) as w from feedback_vote v"
        + (oneArea ? " join feedback_idea a on a.id = v.idea_id and a.area_id = ?3" : "")
        + " where v.created_at >= ?1 and v.created_at < ?2 group by v.idea_id";
    // The leaders are found among the votes alone; only they are looked up by id (a few more than shown, as
    // some may be hidden), so the ideas table is never scanned.
    Query top = em.createNativeQuery("select i.id, i.title, t.w from (" + votes + " order by w desc, v.idea_id fetch first " + (5 * TOP)
        + " rows only) t join feedback_idea i on i.id = t.idea_id where i.hidden = false order by t.w desc, i.id");
    Query totals = em.createNativeQuery("select coalesce(sum(t.n), 0), coalesce(sum(t.w), 0) from (" + votes + ") t");
    for (Query q : List.of(top, totals)) {
      q.setParameter(1, period.fromParameter()).setParameter(2, period.toParameter());
      if (oneArea) {
        q.setParameter(3, period.areaId());
      }
    }
    List<Entry> leaders = new ArrayList<>();
    for (Object row : top.setMaxResults(TOP).getResultList()) {
      Object[] columns = (Object[]) row;
      leaders.add(new Entry((String) columns[1], "ideas/" + columns[0], BigDecimal.valueOf(((Number) columns[2]).longValue())));
    }
    Object[] sums = (Object[]) totals.getSingleResult();
    return new DashboardPanel(panel(), "ideas.dashboard.title",
        List.of(Figure.count("ideas.dashboard.votes", ((Number) sums[0]).longValue()), Figure.count("ideas.dashboard.weighted", ((Number) sums[1]).longValue())),
        List.of(new Ranking("ideas.dashboard.top", "votes", leaders)));
  }
}
