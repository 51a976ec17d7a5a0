package org.example.portal.core.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A secret sent by e-mail that works once until it expires: password reset and staff invitations. */
@Entity
@Table(name = "core_one_time_token")
@NamedQuery(name = "OneTimeToken.findByHash", query = "select t from OneTimeToken t where t.tokenHash = :hash")
@NamedQuery(
    name = "OneTimeToken.invalidateOpen",
    query =
        "update OneTimeToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose"
            + " and t.usedAt is null")
public class OneTimeToken {

  /** What the link is for; a reset link never accepts an invitation and the other way round. */
  public enum Purpose {
    PASSWORD_RESET(Duration.ofHours(1)),
    INVITATION(Duration.ofDays(7));

    private final Duration lifetime;

    Purpose(Duration lifetime) {
      this.lifetime = lifetime;
    }

    public Duration lifetime() {
      return lifetime;
    }
  }

  @Id
  @SequenceGenerator(name = "core_token_seq", sequenceName = "core_token_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_token_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected OneTimeToken() {}

  public OneTimeToken(Long accountId, Purpose purpose, String secret, Instant now) {
    this.accountId = accountId;
    this.purpose = purpose;
    this.tokenHash = Secrets.digest(secret);
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.lifetime());
  }

  public boolean isUsableFor(Purpose purpose, Instant now) {
    return this.purpose == purpose && usedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant now) {
    this.usedAt = now;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Purpose getPurpose() {
    return purpose;
  }
}
