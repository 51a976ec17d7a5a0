package org.example.portal.triage.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.example.portal.core.search.SearchDocument;
import org.example.portal.core.search.SearchSource;
import org.example.portal.triage.domain.InboxItem;

/**
 * What the inbox's search index holds: each item's title and summary, with the inbox filters as exact
 * keywords, so a search with filters is answered by the index alone.
 */
@ApplicationScoped
@Transactional
public class InboxIndex implements SearchSource {

  public static final String CONTEXT = "triage";

  public static final String KIND = "kind";
  public static final String TEAM = "team";
  public static final String AREA = "area";
  public static final String STATUS = "status";
  public static final String TIER = "tier";
  public static final String ASSIGNED = "assigned";
  public static final String CLOSED = "closed";
  public static final String VISIBILITY = "visibility";
  public static final String NONE = "none";
  public static final String YES = "yes";
  public static final String NO = "no";
  public static final String PUBLIC = "public";

  @PersistenceContext EntityManager em;

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public Map<String, Long> versions() {
    return SearchSource.versionsOf(em.createNamedQuery("InboxItem.revisions", Object[].class).getResultList());
  }

  @Override
  public List<SearchDocument> documents(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("InboxItem.byIds", InboxItem.class)
        .setParameter("ids", ids.stream().map(Long::valueOf).toList())
        .getResultStream().map(InboxIndex::document).toList();
  }

  /**
   * The indexed form of an item. Every item is analysed as English: the inbox is searched by staff in one
   * place, and a search should not hide an item because its customer wrote in another language.
   */
  public static SearchDocument document(InboxItem item) {
    return new SearchDocument(
        String.valueOf(item.getId()),
        item.getRevision(),
        "en",
        item.getTitle(),
        item.getSummary(),
        Map.of(
            KIND, item.getKind(),
            TEAM, item.getTeamId() == null ? NONE : String.valueOf(item.getTeamId()),
            AREA, item.getAreaId() == null ? NONE : String.valueOf(item.getAreaId()),
            STATUS, item.getStatus(),
            TIER, item.getCustomerTier().name(),
            ASSIGNED, item.getAssigneeId() == null ? NO : YES,
            CLOSED, item.isClosed() ? YES : NO,
            VISIBILITY, visibility(item)));
  }

  private static String visibility(InboxItem item) {
    if (!item.isConfidential()) {
      return PUBLIC;
    }
    // Confidential and in no team yet: only triage leads and admins, who search without this filter.
    return item.getTeamId() == null ? "leads" : "team-" + item.getTeamId();
  }

  /** The visibility keywords someone in these teams may see. */
  public static Set<String> visibleTo(Set<Long> teamIds) {
    Set<String> values = new HashSet<>();
    values.add(PUBLIC);
    teamIds.forEach(t -> values.add("team-" + t));
    return values;
  }
}
