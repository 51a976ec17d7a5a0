package org.example.portal.knowledgebase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.portal.core.search.SearchHit;
import org.example.portal.core.search.SearchIndexes;
import org.example.portal.core.submission.RelatedContent;
import org.example.portal.knowledgebase.api.ArticleSuggestions;
import org.example.portal.knowledgebase.domain.Article;
import org.example.portal.knowledgebase.infrastructure.ArticleIndex;

/**
 * Public articles that read like a submission, for staff looking for duplicates in the triage inbox: the
 * article index's "more like this" over the submission's words, then the articles' published titles.
 */
@ApplicationScoped
@Transactional
public class ArticleRelatedContent implements RelatedContent {

  public static final String KIND = "article";

  @PersistenceContext EntityManager em;
  @Inject SearchIndexes indexes;

  @Override
  public List<Piece> relatedTo(String text, String language, int limit) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<SearchHit> hits = indexes.index(ArticleIndex.CONTEXT)
        .similarTo(text, language, ArticleIndex.audienceFilter(false), Math.clamp(limit, 1, ArticleSuggestions.MAX));
    if (hits.isEmpty()) {
      return List.of();
    }
    Map<Long, Article> articles = em.createNamedQuery("Article.byIds", Article.class)
        .setParameter("ids", hits.stream().map(h -> Long.valueOf(h.id())).toList())
        .getResultStream().collect(Collectors.toMap(Article::getId, Function.identity()));
    // The index may trail the database by a moment: an article unpublished since is left out.
    return hits.stream()
        .filter(h -> articles.containsKey(Long.valueOf(h.id())) && articles.get(Long.valueOf(h.id())).isVisibleTo(false))
        .map(h -> new Piece(KIND, Long.parseLong(h.id()), articles.get(Long.valueOf(h.id())).getPublishedTitle(), "help/article/" + h.id(), h.score()))
        .toList();
  }
}
