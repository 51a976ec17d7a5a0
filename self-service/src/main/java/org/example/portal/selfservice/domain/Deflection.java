package org.example.portal.selfservice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A ticket that was never filed: the customer opened a suggested article while writing one and left without
 * filing. Counted per article, it shows which articles save support the most work.
 */
@Entity
@Table(name = "selfservice_deflection")
public class Deflection {

  public static final int TEXT_MAX_LENGTH = 200;

  @Id
  @SequenceGenerator(name = "selfservice_deflection_seq", sequenceName = "selfservice_deflection_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selfservice_deflection_seq")
  private Long id;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "article_id", nullable = false)
  private long articleId;

  /** What the customer had typed as the subject, cut to a short length. */
  @Column(name = "typed_text", length = TEXT_MAX_LENGTH)
  private String typedText;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Deflection() {}

  public Deflection(Long customerId, long articleId, String typedText, Instant createdAt) {
    this.customerId = customerId;
    this.articleId = articleId;
    this.typedText = typedText == null ? null : typedText.strip().substring(0, Math.min(typedText.strip().length(), TEXT_MAX_LENGTH));
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public long getArticleId() {
    return articleId;
  }

  public String getTypedText() {
    return typedText;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
