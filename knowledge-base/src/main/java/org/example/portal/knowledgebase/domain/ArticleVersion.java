package org.example.portal.knowledgebase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text of an article as it was published once; never changed afterwards. */
@Entity
@Table(name = "kb_article_version")
@NamedQuery(name = "ArticleVersion.ofArticle", query = "select v from ArticleVersion v where v.articleId = :articleId order by v.number desc")
@NamedQuery(name = "ArticleVersion.find", query = "select v from ArticleVersion v where v.articleId = :articleId and v.number = :number")
public class ArticleVersion {

  @Id
  @SequenceGenerator(name = "kb_version_seq", sequenceName = "kb_version_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_version_seq")
  private Long id;

  @Column(name = "article_id", nullable = false)
  private Long articleId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = Article.TITLE_MAX_LENGTH)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "published_by")
  private Long publishedBy;

  protected ArticleVersion() {}

  ArticleVersion(Long articleId, int number, String title, String body, Instant publishedAt, Long publishedBy) {
    this.articleId = articleId;
    this.number = number;
    this.title = title;
    this.body = body;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy;
  }

  public Long getId() {
    return id;
  }

  public Long getArticleId() {
    return articleId;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Long getPublishedBy() {
    return publishedBy;
  }
}
