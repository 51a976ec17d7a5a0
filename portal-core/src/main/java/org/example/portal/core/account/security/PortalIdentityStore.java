package org.example.portal.core.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Role;

/**
 * Checks e-mail and password, or a personal API token, against the account tables. The caller's name is
 * the account id (it never changes, unlike the e-mail), and the groups are the account's role names.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  @Inject Accounts accounts;

  @Inject PasswordHasher hasher;

  @Inject LoginThrottle throttle;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String email = Account.normalizeEmail(credential.getCaller());
    Instant now = Instant.now();
    if (throttle.isLocked(email, now)) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    var account =
        accounts
            .findByEmail(email)
            .filter(Account::isEnabled)
            .filter(a -> hasher.verify(credential.getPasswordAsString(), a.getPasswordHash()));
    if (account.isEmpty()) {
      throttle.failed(email, now);
      return CredentialValidationResult.INVALID_RESULT;
    }
    throttle.succeeded(email);
    return valid(account.get());
  }

  @Transactional
  public CredentialValidationResult validate(ApiTokenCredential credential) {
    Instant now = Instant.now();
    return accounts
        .findApiToken(credential.token())
        .filter(t -> t.isValidAt(now))
        .flatMap(
            t -> {
              t.markUsed(now);
              return accounts.findWithRoles(t.getAccountId());
            })
        .filter(Account::isEnabled)
        .map(PortalIdentityStore::valid)
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private static CredentialValidationResult valid(Account account) {
    Set<String> groups = account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
    return new CredentialValidationResult(String.valueOf(account.getId()), groups);
  }
}
