package org.example.portal.knowledgebase.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.portal.core.search.SearchDocument;
import org.example.portal.core.search.SearchSource;
import org.example.portal.core.text.Markdown;
import org.example.portal.knowledgebase.domain.Article;
import org.example.portal.knowledgebase.domain.Category;

/**
 * What the knowledge base's search index holds: the published text of every published article. Drafts and
 * archived articles are never indexed; internal articles are, marked with the audience {@code internal},
 * and every search by someone who is not staff filters them out.
 */
@ApplicationScoped
@Transactional
public class ArticleIndex implements SearchSource {

  public static final String CONTEXT = "knowledge-base";

  /** Filter keys stored with each document. */
  public static final String AUDIENCE = "audience";
  public static final String CATEGORY = "category";
  public static final String TOP_CATEGORY = "topCategory";
  public static final String PUBLIC = "public";
  public static final String INTERNAL = "internal";

  @PersistenceContext EntityManager em;

  /** The audiences a visitor may see in search results. */
  public static Map<String, Set<String>> audienceFilter(boolean staff) {
    return Map.of(AUDIENCE, staff ? Set.of(PUBLIC, INTERNAL) : Set.of(PUBLIC));
  }

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public Map<String, Long> versions() {
    return SearchSource.versionsOf(em.createNamedQuery("Article.indexRevisions", Object[].class).getResultList());
  }

  @Override
  public List<SearchDocument> documents(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> numbers = ids.stream().map(Long::valueOf).toList();
    Map<Long, Category> categories = categories();
    return em.createNamedQuery("Article.byIds", Article.class)
        .setParameter("ids", numbers)
        .getResultList()
        .stream()
        .filter(a -> a.isVisibleTo(true))
        .map(a -> document(a, categories))
        .toList();
  }

  public Map<Long, Category> categories() {
    return em.createNamedQuery("Category.all", Category.class).getResultStream()
        .collect(Collectors.toMap(Category::getId, Function.identity()));
  }

  /** The indexed form of a published article. */
  public static SearchDocument document(Article article, Map<Long, Category> categories) {
    Category category = categories.get(article.getCategoryId());
    Long top = category == null || category.getParentId() == null ? article.getCategoryId() : category.getParentId();
    return new SearchDocument(
        String.valueOf(article.getId()),
        article.getIndexRevision(),
        article.getLanguage(),
        article.getPublishedTitle(),
        Markdown.toText(article.getPublishedBody()),
        Map.of(
            AUDIENCE, article.isInternal() ? INTERNAL : PUBLIC,
            CATEGORY, String.valueOf(article.getCategoryId()),
            TOP_CATEGORY, String.valueOf(top)));
  }
}
