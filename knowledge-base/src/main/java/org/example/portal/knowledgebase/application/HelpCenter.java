package org.example.portal.knowledgebase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.example.portal.core.search.SearchHit;
import org.example.portal.core.search.SearchIndex;
import org.example.portal.core.search.SearchIndexes;
import org.example.portal.core.search.SearchQuery;
import org.example.portal.core.search.SearchResults;
import org.example.portal.core.search.Suggestion;
import org.example.portal.knowledgebase.domain.Article;
import org.example.portal.knowledgebase.domain.ArticleNotFoundException;
import org.example.portal.knowledgebase.domain.Category;
import org.example.portal.knowledgebase.domain.CountedView;
import org.example.portal.knowledgebase.domain.Feedback;
import org.example.portal.knowledgebase.domain.Reader;
import org.example.portal.knowledgebase.domain.SearchLogEntry;
import org.example.portal.knowledgebase.infrastructure.ArticleIndex;

/**
 * What readers do: browse, read, search and say whether an article helped. Drafts, archived articles and,
 * for anyone but staff, internal articles do not exist here: asking for one by id is "not found".
 */
@ApplicationScoped
@Transactional
public class HelpCenter {

  public static final int SUGGESTIONS = 8;

  @PersistenceContext EntityManager em;

  @Inject SearchIndexes indexes;

  private final Clock clock = Clock.systemUTC();

  public List<Category> categories() {
    return em.createNamedQuery("Category.all", Category.class).getResultList();
  }

  /** Published articles the visitor may read, in a category and its sections, or all when null. */
  public List<Article> articles(Visitor visitor, Long categoryId) {
    List<Article> all = em.createNamedQuery("Article.published", Article.class).setParameter("staff", visitor.staff()).getResultList();
    if (categoryId == null) {
      return all;
    }
    Map<Long, Long> parents = new HashMap<>();
    categories().forEach(c -> parents.put(c.getId(), c.getParentId()));
    return all.stream()
        .filter(a -> categoryId.equals(a.getCategoryId()) || categoryId.equals(parents.get(a.getCategoryId())))
        .toList();
  }

  /** An article as one reader opens it: with its counters and the reader's answer so far (null if none). */
  public record Reading(Article article, long views, int helpfulYes, int helpfulNo, Boolean answer) {}

  /** A reader's answer as it now stands, and the article's counters with it. */
  public record Answer(boolean helpful, String comment, int helpfulYes, int helpfulNo) {}

  /**
   * The article as published, if the visitor may read it. The view counts unless the same reader's last
   * counted view of it is less than {@link CountedView#WINDOW} old.
   */
  public Reading read(long id, Visitor visitor) {
    lockForCounting(id);
    Article article = visible(id, visitor);
    Reader reader = visitor.reader();
    boolean counted = countView(id, reader);
    Feedback answer = answerOf(id, reader);
    return new Reading(article, article.getViews() + (counted ? 1 : 0), article.getHelpfulYes(), article.getHelpfulNo(),
        answer == null ? null : answer.isHelpful());
  }

  private boolean countView(long id, Reader reader) {
    Instant now = clock.instant();
    CountedView last = em.find(CountedView.class, new CountedView.Key(id, reader));
    if (last == null) {
      em.persist(new CountedView(id, reader, now));
    } else if (!last.countAgain(now)) {
      return false;
    }
    // Rows past the window say nothing any more: each counted view clears its article's.
    em.createNamedQuery("CountedView.deleteExpired")
        .setParameter("articleId", id)
        .setParameter("before", CountedView.expiredBefore(now))
        .setParameter("reader", reader.key())
        .executeUpdate();
    em.createNamedQuery("Article.countView").setParameter("id", id).executeUpdate();
    return true;
  }

  public Article visible(long id, Visitor visitor) {
    Article article = em.find(Article.class, id);
    if (article == null || !article.isVisibleTo(visitor.staff())) {
      throw new ArticleNotFoundException(id);
    }
    return article;
  }

  /**
   * "Was this helpful?": one answer per reader and article. Answering again replaces the reader's answer, and
   * the counters move only when it changed from helpful to not or back.
   */
  public Answer giveFeedback(long id, Visitor visitor, @NotNull @Valid FeedbackForm form) {
    lockForCounting(id);
    Article article = visible(id, visitor);
    Reader reader = visitor.reader();
    Feedback answer = answerOf(id, reader);
    Feedback.Tally tally;
    if (answer == null) {
      answer = new Feedback(id, reader, form.helpful(), form.comment(), clock.instant());
      em.persist(answer);
      tally = answer.tally();
    } else {
      tally = answer.answerAgain(form.helpful(), form.comment(), clock.instant());
    }
    if (!tally.equals(Feedback.Tally.NONE)) {
      em.createNamedQuery("Article.countAnswer")
          .setParameter("helpful", tally.helpful())
          .setParameter("notHelpful", tally.notHelpful())
          .setParameter("id", id)
          .executeUpdate();
    }
    return new Answer(answer.isHelpful(), answer.getComment(), article.getHelpfulYes() + tally.helpful(),
        article.getHelpfulNo() + tally.notHelpful());
  }

  private Feedback answerOf(long id, Reader reader) {
    return em.createNamedQuery("Feedback.ofReader", Feedback.class)
        .setParameter("articleId", id)
        .setParameter("reader", reader.key())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Takes the article's row lock for this transaction: views and answers of one article queue here, so a
   * reader's two requests at once still count once. The counters' updates would take the lock anyway.
   */
  private void lockForCounting(long id) {
    em.createNamedQuery("Article.lockForCounting").setParameter(1, id).getResultList();
  }

  /**
   * Ranked results with highlighted snippets. {@code language} null searches the visitor's language and
   * falls back to the others; a language given explicitly is a filter. The first page of each search is
   * logged for search analytics.
   */
  public SearchResults search(Visitor visitor, String text, Long categoryId, String language, int offset, int limit) {
    if (text == null || text.isBlank()) {
      return SearchResults.empty();
    }
    boolean anyLanguage = language == null || language.isBlank();
    SearchQuery query = new SearchQuery(
        text, anyLanguage ? visitor.language() : language, filters(visitor, categoryId), offset, limit, anyLanguage);
    SearchResults results = index().search(query);
    if (offset == 0) {
      em.persist(new SearchLogEntry(text, query.language(), results.total(), Instant.now()));
    }
    return results;
  }

  public List<Suggestion> suggest(Visitor visitor, String text) {
    return index().suggest(text, visitor.language(), filters(visitor, null), SUGGESTIONS);
  }

  /** Articles about the same things, for "related articles" under the one being read. */
  public List<SearchHit> related(long id, Visitor visitor, int limit) {
    visible(id, visitor);
    return index().similar(String.valueOf(id), filters(visitor, null), limit);
  }

  private Map<String, Set<String>> filters(Visitor visitor, Long categoryId) {
    Map<String, Set<String>> filters = new HashMap<>(ArticleIndex.audienceFilter(visitor.staff()));
    if (categoryId != null) {
      Category category = em.find(Category.class, categoryId);
      String key = category != null && category.getParentId() != null ? ArticleIndex.CATEGORY : ArticleIndex.TOP_CATEGORY;
      filters.put(key, Set.of(String.valueOf(categoryId)));
    }
    return filters;
  }

  private SearchIndex index() {
    return indexes.index(ArticleIndex.CONTEXT);
  }
}
