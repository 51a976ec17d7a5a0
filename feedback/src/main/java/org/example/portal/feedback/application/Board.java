package org.example.portal.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.portal.core.search.SearchHit;
import org.example.portal.core.search.SearchIndexes;
import org.example.portal.core.search.SearchQuery;
import org.example.portal.core.search.SearchResults;
import org.example.portal.core.text.Csv;
import org.example.portal.feedback.domain.Idea;
import org.example.portal.feedback.domain.IdeaHistoryEntry;
import org.example.portal.feedback.domain.IdeaStatus;
import org.example.portal.feedback.infrastructure.IdeaIndex;

/**
 * Reads of the idea board: filtered, sorted pages from indexed columns, and full-text search through the
 * ideas' Lucene index with the matched words highlighted. Merged ideas never appear (their URL leads to the
 * target); hidden ones only for staff.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Board {

  /** How many search hits are considered before tag filtering and paging; nobody pages further into a search. */
  static final int MAX_SEARCH_HITS = 500;

  private static final long COUNT_TTL_NANOS = Duration.ofSeconds(5).toNanos();
  private static final int MAX_CACHED_COUNTS = 1000;

  private final Map<String, CachedCount> counts = new ConcurrentHashMap<>();

  @PersistenceContext EntityManager em;
  @Inject SearchIndexes indexes;

  /** One idea on the board, with its title and a snippet highlighted when it was found by search. */
  public record Entry(Idea idea, String titleHtml, String snippetHtml) {}

  public record Page(List<Entry> entries, long total) {}

  public Page page(BoardQuery query, boolean staff, int offset, int limit) {
    return query.text() == null ? browse(query, staff, offset, limit) : search(query, staff, offset, limit);
  }

  private Page browse(BoardQuery query, boolean staff, int offset, int limit) {
    Map<String, Object> parameters = new HashMap<>();
    String where = where(query, staff, parameters);
    TypedQuery<Idea> ideas = withTags(em.createQuery("select i from Idea i" + where + orderBy(query.sort()), Idea.class));
    parameters.forEach(ideas::setParameter);
    List<Entry> entries = ideas.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(i -> new Entry(i, null, null)).toList();
    return new Page(entries, count(query, where, parameters));
  }

  /**
   * How many ideas a browse matches. Counting 100,000 rows takes tens of milliseconds while a page takes one, so
   * totals of the shared boards (not "my ideas" or "following") are reused for a few seconds. When one is due,
   * the first request to notice counts again and the others meanwhile answer with the total it replaces:
   * otherwise every request arriving during a count of a busy board would count too.
   */
  private long count(BoardQuery query, String where, Map<String, Object> parameters) {
    boolean shared = query.authorId() == null && query.followerId() == null;
    String key = where + " " + new TreeMap<>(parameters);
    long now = System.nanoTime();
    CachedCount cached = shared ? counts.get(key) : null;
    if (cached != null && (now - cached.at() < COUNT_TTL_NANOS || !cached.recounting().compareAndSet(false, true))) {
      return cached.total();
    }
    TypedQuery<Long> count = em.createQuery("select count(i) from Idea i" + where, Long.class);
    parameters.forEach(count::setParameter);
    long total;
    try {
      total = count.getSingleResult();
    } catch (RuntimeException e) {
      if (cached != null) {
        cached.recounting().set(false);
      }
      throw e;
    }
    if (shared) {
      if (counts.size() >= MAX_CACHED_COUNTS) {
        counts.clear();
      }
      counts.put(key, new CachedCount(total, now, new AtomicBoolean()));
    }
    return total;
  }

  /** A shared board's total, when it was counted, and whether a request is counting it again right now. */
  private record CachedCount(long total, long at, AtomicBoolean recounting) {}

  private Page search(BoardQuery query, boolean staff, int offset, int limit) {
    Map<String, Set<String>> filters = new HashMap<>();
    if (query.areaId() != null) {
      filters.put(IdeaIndex.AREA, Set.of(String.valueOf(query.areaId())));
    }
    if (!query.statuses().isEmpty()) {
      filters.put(IdeaIndex.STATUS, query.statuses().stream().map(Enum::name).collect(Collectors.toSet()));
    }
    SearchResults results = indexes.index(IdeaIndex.CONTEXT).search(new SearchQuery(query.text(), "en", filters, 0, MAX_SEARCH_HITS, true));
    Map<Long, SearchHit> hits = new LinkedHashMap<>();
    results.hits().forEach(h -> hits.put(Long.valueOf(h.id()), h));
    if (hits.isEmpty()) {
      return new Page(List.of(), 0);
    }
    // The database has the last word: the index may briefly lag a hide or a merge, and tags, authors and
    // followers are filtered here.
    Map<String, Object> parameters = new HashMap<>();
    String where = where(query, staff, parameters) + " and i.id in :ids";
    parameters.put("ids", List.copyOf(hits.keySet()));
    TypedQuery<Idea> ideas = withTags(em.createQuery("select i from Idea i" + where, Idea.class));
    parameters.forEach(ideas::setParameter);
    Map<Long, Idea> found = ideas.getResultStream().collect(Collectors.toMap(Idea::getId, Function.identity()));
    List<Entry> ranked = new ArrayList<>();
    for (Map.Entry<Long, SearchHit> hit : hits.entrySet()) {
      Idea idea = found.get(hit.getKey());
      if (idea != null) {
        ranked.add(new Entry(idea, hit.getValue().title(), hit.getValue().snippet()));
      }
    }
    List<Entry> page = ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + limit, ranked.size()));
    return new Page(List.copyOf(page), ranked.size());
  }

  /** Reads the tags of a whole page in one query (EclipseLink batch reading) instead of one query per idea. */
  private static TypedQuery<Idea> withTags(TypedQuery<Idea> query) {
    return query.setHint("eclipselink.batch", "i.tags").setHint("eclipselink.batch.type", "IN");
  }

  private static String where(BoardQuery query, boolean staff, Map<String, Object> parameters) {
    // Customers see listed ideas only (an indexed column); staff also see hidden ones, never merged ones.
    StringBuilder where = new StringBuilder(staff ? " where i.mergedIntoId is null" : " where i.listed = true");
    if (query.areaId() != null) {
      where.append(" and i.areaId = :areaId");
      parameters.put("areaId", query.areaId());
    }
    if (!query.statuses().isEmpty()) {
      where.append(" and i.status in :statuses");
      parameters.put("statuses", List.copyOf(query.statuses()));
    }
    if (query.tag() != null) {
      where.append(" and :tag member of i.tags");
      parameters.put("tag", query.tag());
    }
    if (query.authorId() != null) {
      where.append(" and i.authorId = :authorId");
      parameters.put("authorId", query.authorId());
    }
    if (query.followerId() != null) {
      where.append(" and exists (select f from Follow f where f.ideaId = i.id and f.customerId = :followerId)");
      parameters.put("followerId", query.followerId());
    }
    return where.toString();
  }

  private static String orderBy(BoardQuery.Sort sort) {
    return switch (sort) {
      case TRENDING -> " order by i.trending desc, i.id desc";
      case TOP -> " order by i.voteCount desc, i.id desc";
      case NEWEST -> " order by i.createdAt desc, i.id desc";
      case OLDEST -> " order by i.createdAt, i.id";
      case WEIGHTED -> " order by i.weightedVotes desc, i.id desc";
      case SCORE -> " order by i.score desc nulls last, i.id desc";
    };
  }

  /** Ideas most like what a customer is typing as a title, for voting instead of posting a duplicate. */
  public List<SearchHit> similar(String text, Long areaId, int limit) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Map<String, Set<String>> filters = areaId == null ? Map.of() : Map.of(IdeaIndex.AREA, Set.of(String.valueOf(areaId)));
    return indexes.index(IdeaIndex.CONTEXT).similarTo(text, "en", filters, limit);
  }

  /** The public roadmap: planned, in-progress and shipped ideas, most voted first in each column. */
  public Map<IdeaStatus, List<Idea>> roadmap(Long areaId, int perColumn) {
    Map<IdeaStatus, List<Idea>> columns = new LinkedHashMap<>();
    for (IdeaStatus status : List.of(IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS, IdeaStatus.SHIPPED)) {
      BoardQuery query = new BoardQuery(areaId, Set.of(status), null, null, status == IdeaStatus.SHIPPED ? BoardQuery.Sort.NEWEST : BoardQuery.Sort.TOP, null, null);
      columns.put(status, browse(query, false, 0, perColumn).entries().stream().map(Entry::idea).toList());
    }
    return columns;
  }

  /** What shipped, newest first: each shipment with the product team's announcement. */
  public List<IdeaHistoryEntry> changelog(int offset, int limit) {
    return em.createNamedQuery("IdeaHistoryEntry.changelog", IdeaHistoryEntry.class).setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /** Ideas by id, for pages that list ideas found elsewhere (the changelog, notifications). */
  public Map<Long, Idea> ideas(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery("Idea.byIds", Idea.class).setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Idea::getId, Function.identity()));
  }

  /** Which of these ideas the customer voted for, so a page shows its vote buttons right. */
  public Set<Long> votedAmong(long customerId, List<Long> ideaIds) {
    if (ideaIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(em.createNamedQuery("Vote.votedAmong", Long.class).setParameter("customerId", customerId).setParameter("ideaIds", ideaIds).getResultList());
  }

  /** The board as CSV with its priority scores, in the query's order, for the product team's spreadsheets. */
  public String csv(BoardQuery query, Function<Long, String> areaName) {
    StringBuilder csv = new StringBuilder("id,title,area,status,votes,weighted_votes,followers,comments,impact,confidence,effort,score,created_at,tags\r\n");
    int pageSize = 1000;
    for (int offset = 0; ; offset += pageSize) {
      List<Entry> entries = page(query, true, offset, pageSize).entries();
      for (Entry entry : entries) {
        Idea i = entry.idea();
        csv.append(i.getId()).append(',')
            .append(Csv.field(i.getTitle())).append(',')
            .append(Csv.field(areaName.apply(i.getAreaId()))).append(',')
            .append(i.getStatus()).append(',')
            .append(i.getVoteCount()).append(',')
            .append(i.getWeightedVotes()).append(',')
            .append(i.getFollowerCount()).append(',')
            .append(i.getCommentCount()).append(',')
            .append(Csv.value(i.priority().impact())).append(',')
            .append(Csv.value(i.priority().confidence())).append(',')
            .append(Csv.value(i.priority().effort())).append(',')
            .append(i.getScore() == null ? "" : String.format(Locale.ROOT, "%.2f", i.getScore())).append(',')
            .append(i.getCreatedAt()).append(',')
            .append(Csv.field(String.join(" ", i.getTags()))).append("\r\n");
      }
      if (entries.size() < pageSize) {
        return csv.toString();
      }
    }
  }
}
