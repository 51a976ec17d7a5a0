package org.example.portal.knowledgebase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.example.portal.knowledgebase.domain.Article;

/** What readers look for and do not find, and which articles let them down: where to write or fix content. */
@ApplicationScoped
@Transactional
public class SearchAnalytics {

  public static final int ROWS = 20;

  @PersistenceContext EntityManager em;

  /** How often a query was searched in the period and how many results it got in all. */
  public record QueryCount(String query, long searches, long results) {}

  /** The three lists staff look at. */
  public record Report(List<QueryCount> topQueries, List<QueryCount> zeroResultQueries, List<Article> mostNotHelpful) {}

  public Report report(Duration period) {
    Instant since = Instant.now().minus(period);
    return new Report(
        counts("SearchLogEntry.top", since),
        counts("SearchLogEntry.zeroResults", since),
        em.createNamedQuery("Article.mostNotHelpful", Article.class).setMaxResults(ROWS).getResultList());
  }

  private List<QueryCount> counts(String query, Instant since) {
    return em.createNamedQuery(query, Object[].class)
        .setParameter("since", since)
        .setMaxResults(ROWS)
        .getResultStream()
        .map(r -> new QueryCount((String) r[0], ((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue()))
        .toList();
  }
}
