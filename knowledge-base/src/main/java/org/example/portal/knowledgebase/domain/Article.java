package org.example.portal.knowledgebase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A help article in one language. Staff edit a draft; publishing copies the draft into a new {@link
 * ArticleVersion} and makes it what readers see, so editing a published article never shows half-finished
 * text. Internal articles are for staff only.
 */
@Entity
@Table(name = "kb_article")
@NamedQuery(name = "Article.all", query = "select a from Article a order by a.categoryId, a.position, a.title")
@NamedQuery(name = "Article.byStatus", query = "select a from Article a where a.status = :status order by a.categoryId, a.position, a.title")
@NamedQuery(
    name = "Article.published",
    query = "select a from Article a where a.status = org.example.portal.knowledgebase.domain.ArticleStatus.PUBLISHED"
        + " and (a.internal = false or a.internal = :staff) order by a.categoryId, a.position, a.publishedTitle")
@NamedQuery(
    name = "Article.indexRevisions",
    query = "select a.id, a.indexRevision from Article a where a.status = org.example.portal.knowledgebase.domain.ArticleStatus.PUBLISHED")
@NamedQuery(name = "Article.byIds", query = "select a from Article a where a.id in :ids")
@NamedQuery(name = "Article.countView", query = "update Article a set a.views = a.views + 1 where a.id = :id")
@NamedQuery(
    name = "Article.countAnswer",
    query = "update Article a set a.helpfulYes = a.helpfulYes + :helpful, a.helpfulNo = a.helpfulNo + :notHelpful where a.id = :id")
// Views and answers of one article queue on its row, so one reader's two quick requests count once.
@NamedNativeQuery(name = "Article.lockForCounting", query = "select id from kb_article where id = ? for update")
@NamedQuery(
    name = "Article.mostNotHelpful",
    query = "select a from Article a where a.helpfulNo > 0 order by a.helpfulNo desc, a.helpfulYes, a.id")
@NamedQuery(name = "Article.findByTitle", query = "select a from Article a where lower(a.title) = lower(:title) and a.language = :language")
public class Article {

  public static final int TITLE_MAX_LENGTH = 200;
  public static final int BODY_MAX_LENGTH = 100_000;
  public static final int LANGUAGE_MAX_LENGTH = 8;

  @Id
  @SequenceGenerator(name = "kb_article_seq", sequenceName = "kb_article_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_seq")
  private Long id;

  @Column(name = "category_id", nullable = false)
  private Long categoryId;

  @Column(nullable = false, length = LANGUAGE_MAX_LENGTH)
  private String language;

  @Column(nullable = false, length = TITLE_MAX_LENGTH)
  private String title;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ArticleStatus status = ArticleStatus.DRAFT;

  @Column(nullable = false)
  private boolean internal;

  @Column(nullable = false)
  private int position;

  @Column(name = "published_number", nullable = false)
  private int publishedNumber;

  @Column(name = "published_title", length = TITLE_MAX_LENGTH)
  private String publishedTitle;

  @Column(name = "published_body")
  private String publishedBody;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "unpublished_changes", nullable = false)
  private boolean unpublishedChanges = true;

  // Counters change through bulk updates (see the named queries), so a reader's vote or view never
  // collides with an editor's save on the optimistic lock.
  @Column(nullable = false)
  private long views;

  @Column(name = "helpful_yes", nullable = false)
  private int helpfulYes;

  @Column(name = "helpful_no", nullable = false)
  private int helpfulNo;

  @Column(name = "index_revision", nullable = false)
  private long indexRevision;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Article() {}

  public Article(Long categoryId, String language, String title, String body, boolean internal, int position, Instant now) {
    this.createdAt = now;
    edit(categoryId, language, title, body, internal, position, now);
  }

  /**
   * Changes the draft. Category, language, audience and position apply at once, also to the published
   * version, because they decide where and to whom it shows; title and body wait for {@link #publish}.
   */
  public void edit(Long categoryId, String language, String title, String body, boolean internal, int position, Instant now) {
    boolean placementChanged =
        !Objects.equals(this.categoryId, categoryId) || !Objects.equals(this.language, language) || this.internal != internal;
    if (!Objects.equals(this.title, title.strip()) || !Objects.equals(this.body, body)) {
      unpublishedChanges = true;
    }
    this.categoryId = categoryId;
    this.language = language;
    this.title = title.strip();
    this.body = body;
    this.internal = internal;
    this.position = position;
    this.updatedAt = now;
    if (placementChanged && status == ArticleStatus.PUBLISHED) {
      indexRevision++;
    }
  }

  /** Makes the draft what readers see, as a new version; an archived article comes back this way too. */
  public ArticleVersion publish(Long publishedBy, Instant now) {
    publishedNumber++;
    publishedTitle = title;
    publishedBody = body;
    publishedAt = now;
    updatedAt = now;
    status = ArticleStatus.PUBLISHED;
    unpublishedChanges = false;
    indexRevision++;
    return new ArticleVersion(id, publishedNumber, title, body, now, publishedBy);
  }

  /** Takes the article away from readers and search; its versions stay. */
  public void archive(Instant now) {
    if (status == ArticleStatus.ARCHIVED) {
      throw new ArticleStateException(id, "Article " + id + " is already archived.");
    }
    status = ArticleStatus.ARCHIVED;
    updatedAt = now;
    indexRevision++;
  }

  /** Puts an older version's text back into the draft; publishing it then makes it current again. */
  public void restore(ArticleVersion version, Instant now) {
    if (!version.getArticleId().equals(id)) {
      throw new IllegalArgumentException("Version " + version.getNumber() + " belongs to another article");
    }
    edit(categoryId, language, version.getTitle(), version.getBody(), internal, position, now);
  }

  /** Whether someone who is not staff may read it. */
  public boolean isVisibleTo(boolean staff) {
    return status == ArticleStatus.PUBLISHED && (staff || !internal);
  }

  public Long getId() {
    return id;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public String getLanguage() {
    return language;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public ArticleStatus getStatus() {
    return status;
  }

  public boolean isInternal() {
    return internal;
  }

  public int getPosition() {
    return position;
  }

  public int getPublishedNumber() {
    return publishedNumber;
  }

  public String getPublishedTitle() {
    return publishedTitle;
  }

  public String getPublishedBody() {
    return publishedBody;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public boolean hasUnpublishedChanges() {
    return unpublishedChanges;
  }

  public long getViews() {
    return views;
  }

  public int getHelpfulYes() {
    return helpfulYes;
  }

  public int getHelpfulNo() {
    return helpfulNo;
  }

  public long getIndexRevision() {
    return indexRevision;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
