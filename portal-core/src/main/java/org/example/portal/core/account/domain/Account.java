package org.example.portal.core.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A person who signs in: a customer or a staff member. */
@Entity
@Table(name = "core_account")
@NamedQuery(name = "Account.findByEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(name = "Account.withRoles", query = "select a from Account a left join fetch a.roles where a.id = :id")
@NamedQuery(
    name = "Account.findByRole",
    query = "select distinct a from Account a join a.roles r where r = :role order by a.displayName")
@NamedQuery(name = "Account.countByRole", query = "select count(a) from Account a join a.roles r where r = :role")
public class Account {

  public static final int EMAIL_MAX_LENGTH = 254;
  public static final int DISPLAY_NAME_MAX_LENGTH = 80;
  public static final int PASSWORD_MIN_LENGTH = 10;
  public static final int PASSWORD_MAX_LENGTH = 128;

  @Id
  @SequenceGenerator(name = "core_account_seq", sequenceName = "core_account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_account_seq")
  private Long id;

  @Column(nullable = false, length = EMAIL_MAX_LENGTH)
  private String email;

  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
  private String displayName;

  @Column(name = "password_hash", length = 512)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Tier tier = Tier.STANDARD;

  @Column(nullable = false)
  private String language = "en";

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  // Read when asked for: most reads of an account want its name, tier or language (Account.withRoles
  // reads the roles in the same statement for signing in).
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "core_account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private long version;

  protected Account() {}

  public Account(String email, String displayName, Set<Role> roles, Instant createdAt) {
    this.email = normalizeEmail(email);
    this.displayName = displayName.strip();
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.createdAt = createdAt;
  }

  /** E-mail addresses compare without case and surrounding blanks. */
  public static String normalizeEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void rename(String displayName) {
    this.displayName = displayName.strip();
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  /** An invited staff member has no password until they accept the invitation. */
  public boolean hasPassword() {
    return passwordHash != null;
  }

  public Tier getTier() {
    return tier;
  }

  public void setTier(Tier tier) {
    this.tier = tier;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public void setRoles(Set<Role> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean isStaff() {
    return roles.stream().anyMatch(Role::isStaff);
  }

  public long getVersion() {
    return version;
  }
}
