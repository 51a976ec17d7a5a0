package org.example.portal.knowledgebase.rest;

import java.time.Instant;
import java.util.List;
import org.example.portal.core.search.SearchHit;
import org.example.portal.core.search.SearchResults;
import org.example.portal.knowledgebase.application.HelpCenter;
import org.example.portal.knowledgebase.domain.Article;
import org.example.portal.knowledgebase.domain.ArticleVersion;
import org.example.portal.knowledgebase.domain.Category;
import org.example.portal.core.text.Markdown;

/** What the knowledge base sends over the wire; never entities. */
public final class KnowledgeBaseDtos {

  private KnowledgeBaseDtos() {}

  /** A category, or a section when it has a parent. */
  public record CategoryDto(long id, Long parentId, String name, String description, int position) {
    static CategoryDto of(Category c) {
      return new CategoryDto(c.getId(), c.getParentId(), c.getName(), c.getDescription(), c.getPosition());
    }
  }

  /**
   * An article as readers get it: the published version, its body as safe HTML; {@code yourAnswer} is the
   * caller's answer to "Was this helpful?", null before they gave one.
   */
  public record ArticleDto(
      long id, long categoryId, String language, String title, String html, boolean internal, int version,
      Instant publishedAt, long views, int helpfulYes, int helpfulNo, Boolean yourAnswer) {
    static ArticleDto of(HelpCenter.Reading r) {
      Article a = r.article();
      return new ArticleDto(
          a.getId(), a.getCategoryId(), a.getLanguage(), a.getPublishedTitle(), Markdown.toHtml(a.getPublishedBody()),
          a.isInternal(), a.getPublishedNumber(), a.getPublishedAt(), r.views(), r.helpfulYes(), r.helpfulNo(), r.answer());
    }
  }

  /** The caller's answer to "Was this helpful?" as it now stands, and the article's counters with it. */
  public record AnswerDto(boolean helpful, String comment, int helpfulYes, int helpfulNo) {
    static AnswerDto of(HelpCenter.Answer a) {
      return new AnswerDto(a.helpful(), a.comment(), a.helpfulYes(), a.helpfulNo());
    }
  }

  /** An article in a list: enough to show a link. */
  public record ArticleSummaryDto(long id, long categoryId, String language, String title, int position) {
    static ArticleSummaryDto of(Article a) {
      return new ArticleSummaryDto(a.getId(), a.getCategoryId(), a.getLanguage(), a.getPublishedTitle(), a.getPosition());
    }
  }

  /** An article as staff edit it: the draft, and where it stands. */
  public record DraftDto(
      long id, long categoryId, String language, String title, String body, String status, boolean internal,
      int position, int publishedVersion, boolean unpublishedChanges, Instant updatedAt, long views, int helpfulYes,
      int helpfulNo) {
    static DraftDto of(Article a) {
      return new DraftDto(
          a.getId(), a.getCategoryId(), a.getLanguage(), a.getTitle(), a.getBody(), a.getStatus().name(), a.isInternal(),
          a.getPosition(), a.getPublishedNumber(), a.hasUnpublishedChanges(), a.getUpdatedAt(), a.getViews(),
          a.getHelpfulYes(), a.getHelpfulNo());
    }
  }

  /** One published version of an article. */
  public record VersionDto(int number, String title, String body, Instant publishedAt, Long publishedBy) {
    static VersionDto of(ArticleVersion v) {
      return new VersionDto(v.getNumber(), v.getTitle(), v.getBody(), v.getPublishedAt(), v.getPublishedBy());
    }
  }

  /** One search result; {@code title} and {@code snippet} are escaped HTML with {@code <mark>} around matches. */
  public record HitDto(long id, String language, String title, String snippet, float score) {
    static HitDto of(SearchHit h) {
      return new HitDto(Long.parseLong(h.id()), h.language(), h.title(), h.snippet(), h.score());
    }
  }

  /** A page of search results. */
  public record SearchResultsDto(long total, List<HitDto> hits, boolean otherLanguages, String correctedText) {
    static SearchResultsDto of(SearchResults r) {
      return new SearchResultsDto(r.total(), r.hits().stream().map(HitDto::of).toList(), r.otherLanguages(), r.correctedText());
    }
  }

  /** A title suggested while typing. */
  public record SuggestionDto(long id, String title) {}
}
