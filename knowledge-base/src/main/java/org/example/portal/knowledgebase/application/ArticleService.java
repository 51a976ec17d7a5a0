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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

  /** A new category or section; without a position it goes after its siblings. */
  public Category createCategory(@NotNull @Valid CategoryForm form) {
    requireParent(form.parentId(), null);
    requireFreeCategoryName(form.name(), null);
    int position = form.position() == null ? siblings(form.parentId()).size() : form.position();
    Category category = new Category(form.parentId(), form.name(), form.description(), position);
    em.persist(category);
    em.flush();
    return category;
  }

  /** Renames, describes or moves a category; without a position it keeps its place. */
  public Category updateCategory(long id, @NotNull @Valid CategoryForm form) {
    Category category = category(id);
    requireParent(form.parentId(), id);
    requireFreeCategoryName(form.name(), id);
    category.update(form.parentId(), form.name(), form.description(), form.position() == null ? category.getPosition() : form.position());
    return category;
  }

  /** Puts the top categories, or one category's sections, in the given order; readers see them so at once. */
  public List<Category> reorderCategories(@NotNull @Valid CategoryOrder order) {
    if (order.parentId() != null) {
      category(order.parentId());
    }
    List<Category> siblings = siblings(order.parentId());
    Map<Long, Category> byId = siblings.stream().collect(Collectors.toMap(Category::getId, Function.identity()));
    if (order.ids().size() != siblings.size() || !byId.keySet().equals(Set.copyOf(order.ids()))) {
      String which = order.parentId() == null ? "top category" : "section of category " + order.parentId();
      throw new InvalidInputException("ids", "List every " + which + " exactly once, in the new order: "
          + siblings.stream().map(c -> c.getId() + " (" + c.getName() + ")").collect(Collectors.joining(", ")) + ".");
    }
    for (int i = 0; i < order.ids().size(); i++) {
      byId.get(order.ids().get(i)).place(i);
    }
    em.flush();
    return categories();
  }

  private List<Category> siblings(Long parentId) {
    return categories().stream().filter(c -> Objects.equals(c.getParentId(), parentId)).toList();
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
