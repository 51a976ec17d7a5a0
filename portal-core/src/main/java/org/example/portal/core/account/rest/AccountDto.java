package org.example.portal.core.account.rest;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.account.domain.Tier;

/** An account as the API shows it; never the password hash. */
public record AccountDto(
    long id,
    String email,
    String displayName,
    Set<Role> roles,
    Tier tier,
    String language,
    boolean enabled,
    boolean invitationPending,
    Instant createdAt) {

  public static AccountDto of(Account a) {
    return new AccountDto(
        a.getId(),
        a.getEmail(),
        a.getDisplayName(),
        new TreeSet<>(a.getRoles()),
        a.getTier(),
        a.getLanguage(),
        a.isEnabled(),
        !a.hasPassword(),
        a.getCreatedAt());
  }
}
