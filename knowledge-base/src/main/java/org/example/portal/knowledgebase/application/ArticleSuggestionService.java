package org.example.portal.knowledgebase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.example.portal.core.search.SearchIndexes;
import org.example.portal.core.search.SearchQuery;
import org.example.portal.knowledgebase.api.ArticleRef;
import org.example.portal.knowledgebase.api.ArticleSuggestions;
import org.example.portal.knowledgebase.infrastructure.ArticleIndex;

/**
 * Suggestions for other modules, straight from the article index. Unlike a help-centre search they are not
 * logged for search analytics: text typed into a ticket form is not a search the reader asked for.
 */
@ApplicationScoped
public class ArticleSuggestionService implements ArticleSuggestions {

  @Inject SearchIndexes indexes;

  @Override
  public List<ArticleRef> suggestFor(String text, String language, int limit) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    SearchQuery query = new SearchQuery(text, language, ArticleIndex.audienceFilter(false), 0, Math.clamp(limit, 1, MAX), true);
    return indexes.index(ArticleIndex.CONTEXT).search(query).hits().stream()
        .map(h -> new ArticleRef(Long.parseLong(h.id()), h.title(), "help/article/" + h.id(), h.snippet()))
        .toList();
  }
}
