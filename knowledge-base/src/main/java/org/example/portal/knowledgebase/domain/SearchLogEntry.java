package org.example.portal.knowledgebase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** One search a reader ran, normalized so that "Reset Password " and "reset password" count together. */
@Entity
@Table(name = "kb_search_log")
@NamedQuery(
    name = "SearchLogEntry.top",
    query = "select e.query, count(e), sum(e.results) from SearchLogEntry e where e.searchedAt >= :since group by e.query order by count(e) desc, e.query")
@NamedQuery(
    name = "SearchLogEntry.zeroResults",
    query = "select e.query, count(e), sum(e.results) from SearchLogEntry e where e.searchedAt >= :since and e.results = 0 group by e.query order by count(e) desc, e.query")
public class SearchLogEntry {

  public static final int QUERY_MAX_LENGTH = 200;

  @Id
  @SequenceGenerator(name = "kb_search_seq", sequenceName = "kb_search_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_search_seq")
  private Long id;

  @Column(nullable = false, length = QUERY_MAX_LENGTH)
  private String query;

  @Column(nullable = false, length = Article.LANGUAGE_MAX_LENGTH)
  private String language;

  @Column(nullable = false)
  private int results;

  @Column(name = "searched_at", nullable = false)
  private Instant searchedAt;

  protected SearchLogEntry() {}

  public SearchLogEntry(String query, String language, long results, Instant searchedAt) {
    this.query = normalize(query);
    this.language = language;
    this.results = (int) Math.min(Integer.MAX_VALUE, results);
    this.searchedAt = searchedAt;
  }

  public static String normalize(String query) {
    String q = query == null ? "" : query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return q.length() > QUERY_MAX_LENGTH ? q.substring(0, QUERY_MAX_LENGTH) : q;
  }

  public String getQuery() {
    return query;
  }
}
