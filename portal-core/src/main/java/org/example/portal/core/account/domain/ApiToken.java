package org.example.portal.core.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token: lets scripts call the REST API as its owner without the owner's password. */
@Entity
@Table(name = "core_api_token")
@NamedQuery(name = "ApiToken.findByHash", query = "select t from ApiToken t where t.tokenHash = :hash")
@NamedQuery(
    name = "ApiToken.findByAccount",
    query = "select t from ApiToken t where t.accountId = :accountId order by t.createdAt desc")
public class ApiToken {

  public static final String PREFIX = "pat_";
  public static final int NAME_MAX_LENGTH = 80;

  @Id
  @SequenceGenerator(name = "core_token_seq", sequenceName = "core_token_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_token_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(nullable = false, length = NAME_MAX_LENGTH)
  private String name;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected ApiToken() {}

  public ApiToken(Long accountId, String name, String secret, Instant createdAt, Instant expiresAt) {
    this.accountId = accountId;
    this.name = name.strip();
    this.tokenHash = Secrets.digest(secret);
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean isValidAt(Instant now) {
    return expiresAt == null || now.isBefore(expiresAt);
  }

  /** Records use at most once a minute, so a busy script does not write on every call. */
  public boolean markUsed(Instant now) {
    if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
      lastUsedAt = now;
      return true;
    }
    return false;
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
