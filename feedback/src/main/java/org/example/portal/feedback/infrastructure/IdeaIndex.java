package org.example.portal.feedback.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.example.portal.core.search.SearchDocument;
import org.example.portal.core.search.SearchSource;
import org.example.portal.core.text.Markdown;
import org.example.portal.feedback.domain.Idea;

/**
 * What the ideas' search index holds: title and description (as plain text) of every idea that is neither
 * hidden nor merged, so that similar-idea suggestions and board search only offer ideas a customer can
 * vote for. Area and status are stored as filters, because the board narrows a search by them.
 */
@ApplicationScoped
@Transactional
public class IdeaIndex implements SearchSource {

  public static final String CONTEXT = "ideas";
  public static final String AREA = "area";
  public static final String STATUS = "status";

  @PersistenceContext EntityManager em;

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public Map<String, Long> versions() {
    return SearchSource.versionsOf(em.createNamedQuery("Idea.indexRevisions", Object[].class).getResultList());
  }

  @Override
  public List<SearchDocument> documents(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Idea.byIds", Idea.class)
        .setParameter("ids", ids.stream().map(Long::valueOf).toList())
        .getResultList()
        .stream()
        .filter(Idea::isListed)
        .map(IdeaIndex::document)
        .toList();
  }

  /** The indexed form of an idea. Ideas carry no language of their own; English analysis suits most. */
  public static SearchDocument document(Idea idea) {
    return new SearchDocument(
        String.valueOf(idea.getId()),
        idea.getIndexRevision(),
        "en",
        idea.getTitle(),
        Markdown.toText(idea.getDescription()),
        Map.of(AREA, String.valueOf(idea.getAreaId()), STATUS, idea.getStatus().name()));
  }
}
