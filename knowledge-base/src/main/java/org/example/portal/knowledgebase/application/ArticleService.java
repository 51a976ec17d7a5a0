package org.example.portal.knowledgebase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.search.IndexChange;
import org.example.portal.knowledgebase.domain.Article;
import org.example.portal.knowledgebase.domain.ArticleNotFoundException;
import org.example.portal.knowledgebase.domain.ArticleStatus;
import org.example.portal.knowledgebase.domain.ArticleVersion;
import org.example.portal.knowledgebase.domain.Category;
import org.example.portal.knowledgebase.infrastructure.ArticleIndex;

/**
 * Staff write the knowledge base: categories, article drafts, publishing, archiving and restoring versions.
 * Every change that alters what readers can find fires an {@link IndexChange}; core applies it to the
 * search index once the transaction has committed.
 */
@ApplicationScoped
@Transactional
public class ArticleService {

  @PersistenceContext EntityManager em;

  @Inject Event<IndexChange> indexChanges;

  @Inject ArticleIndex index;

  private final Clock clock = Clock.systemUTC();

  public List<Category> categories() {
    return em.createNamedQuery("Category.all", Category.class).getResultList();
  }

  public Category category(long id) {
    return Optional.ofNullable(em.find(Category.class, id)).orElseThrow(() -> new NotFoundException("Category", id));
  }

  public Category createCategory(@NotNull @Valid CategoryForm form) {
    requireParent(form.parentId(), null);
    requireFreeCategoryName(form.name(), null);
    Category category = new Category(form.parentId(), form.name(), form.description(), position(form.position()));
    em.persist(category);
    em.flush();
    return category;
  }

  public Category updateCategory(long id, @NotNull @Valid CategoryForm form) {
    Category category = category(id);
    requireParent(form.parentId(), id);
    requireFreeCategoryName(form.name(), id);
    category.update(form.parentId(), form.name(), form.description(), position(form.position()));
    return category;
  }

  /** Every article, drafts and archived ones included; {@code status} null means all. */
  public List<Article> articles(ArticleStatus status) {
    if (status == null) {
      return em.createNamedQuery("Article.all", Article.class).getResultList();
    }
    return em.createNamedQuery("Article.byStatus", Article.class).setParameter("status", status).getResultList();
  }

  public Article article(long id) {
    return Optional.ofNullable(em.find(Article.class, id)).orElseThrow(() -> new ArticleNotFoundException(id));
  }

  public Article createArticle(@NotNull @Valid ArticleForm form) {
    requireCategory(form.categoryId());
    Article article = new Article(
        form.categoryId(), form.language(), form.title(), form.body(), Boolean.TRUE.equals(form.internal()),
        position(form.position()), clock.instant());
    em.persist(article);
    em.flush();
    return article;
  }

  public Article updateArticle(long id, @NotNull @Valid ArticleForm form) {
    Article article = article(id);
    requireCategory(form.categoryId());
    article.edit(
        form.categoryId(), form.language(), form.title(), form.body(), Boolean.TRUE.equals(form.internal()),
        position(form.position()), clock.instant());
    reindex(article);
    return article;
  }

  /** Publishes the draft as the next version; readers and search see it as soon as this commits. */
  public Article publishArticle(long id, Long publishedBy) {
    Article article = article(id);
    em.persist(article.publish(publishedBy, clock.instant()));
    reindex(article);
    return article;
  }

  public Article archiveArticle(long id) {
    Article article = article(id);
    article.archive(clock.instant());
    reindex(article);
    return article;
  }

  /** Newest first. */
  public List<ArticleVersion> versions(long id) {
    article(id);
    return em.createNamedQuery("ArticleVersion.ofArticle", ArticleVersion.class).setParameter("articleId", id).getResultList();
  }

  /** Publishes an older version's text again, as a new version, so history only ever grows. */
  public Article restoreVersion(long id, int number, Long publishedBy) {
    Article article = article(id);
    ArticleVersion version = em.createNamedQuery("ArticleVersion.find", ArticleVersion.class)
        .setParameter("articleId", id)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Version", number));
    article.restore(version, clock.instant());
    return publishArticle(id, publishedBy);
  }

  /** Whether a draft with this title already exists in this language (import skips such files). */
  public boolean titleTaken(String title, String language) {
    return !em.createNamedQuery("Article.findByTitle", Article.class)
        .setParameter("title", title.strip())
        .setParameter("language", language)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private void reindex(Article article) {
    String id = String.valueOf(article.getId());
    indexChanges.fire(article.getStatus() == ArticleStatus.PUBLISHED
        ? IndexChange.put(ArticleIndex.CONTEXT, ArticleIndex.document(article, index.categories()))
        : IndexChange.remove(ArticleIndex.CONTEXT, id));
  }

  private static int position(Integer position) {
    return position == null ? 0 : position;
  }

  private void requireCategory(Long categoryId) {
    if (categoryId == null || em.find(Category.class, categoryId) == null) {
      throw new InvalidInputException("categoryId", "Choose an existing category.");
    }
  }

  private void requireParent(Long parentId, Long self) {
    if (parentId == null) {
      return;
    }
    Category parent = em.find(Category.class, parentId);
    if (parent == null || Objects.equals(parentId, self)) {
      throw new InvalidInputException("parentId", "Choose another existing category as the parent.");
    }
    // Two levels only (category, section) keep browsing simple.
    if (parent.getParentId() != null) {
      throw new InvalidInputException("parentId", "A section cannot have sections of its own.");
    }
  }

  private void requireFreeCategoryName(String name, Long exceptId) {
    em.createNamedQuery("Category.findByName", Category.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .filter(c -> !c.getId().equals(exceptId))
        .findFirst()
        .ifPresent(c -> {
          throw new ConflictException("name", "A category named " + c.getName() + " already exists.");
        });
  }
}
