package org.example.portal.knowledgebase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.knowledgebase.api.ArticleDrafts;
import org.example.portal.knowledgebase.domain.Article;
import org.example.portal.knowledgebase.domain.Category;

/** Drafts other modules start (see {@link ArticleDrafts}), written like any draft through {@link ArticleService}. */
@ApplicationScoped
@Transactional
public class ArticleDraftService implements ArticleDrafts {

  @Inject ArticleService articles;

  @Override
  public ArticleDraftRef draft(String title, String markdown, String language) {
    Category category = articles.categories().stream().findFirst()
        .orElseThrow(() -> new InvalidInputException("categoryId", "The help centre has no category yet: create one under Knowledge base first."));
    String shortTitle = title == null || title.length() <= Article.TITLE_MAX_LENGTH ? title : title.substring(0, Article.TITLE_MAX_LENGTH - 1) + "…";
    Article article = articles.createArticle(new ArticleForm(category.getId(), language, shortTitle, markdown, false, null));
    return new ArticleDraftRef(article.getId(), article.getTitle(), "kb/manage/article/" + article.getId());
  }
}
