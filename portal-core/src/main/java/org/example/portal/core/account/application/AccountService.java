package org.example.portal.core.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.ApiToken;
import org.example.portal.core.account.domain.EmailAlreadyRegisteredException;
import org.example.portal.core.account.domain.InvalidLinkException;
import org.example.portal.core.account.domain.OneTimeToken;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.account.domain.Secrets;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.account.security.PasswordHasher;
import org.example.portal.core.config.PortalConfig;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.i18n.Translations;
import org.example.portal.core.notification.Outbox;

/** Account use cases: registration, invitations, password reset, roles and API tokens. */
@ApplicationScoped
@Transactional
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
  /** Longest lifetime of a personal API token; a token without an end date is allowed too. */
  public static final int API_TOKEN_MAX_DAYS = 366;

  @Inject Accounts accounts;
  @Inject PasswordHasher hasher;
  @Inject Outbox outbox;
  @Inject PortalConfig config;

  Clock clock = Clock.systemUTC();

  /** A customer signs up; they can sign in at once. */
  public Account registerCustomer(@NotNull @Valid Registration registration) {
    if (accounts.findByEmail(registration.email()).isPresent()) {
      throw new EmailAlreadyRegisteredException(Account.normalizeEmail(registration.email()));
    }
    Account account =
        new Account(registration.email(), registration.displayName(), EnumSet.of(Role.CUSTOMER), now());
    account.setPasswordHash(hasher.hash(registration.password()));
    if (registration.language() != null) {
      account.setLanguage(registration.language());
    }
    accounts.add(account);
    LOG.info(() -> "Customer account " + account.getId() + " registered");
    return account;
  }

  /** Creates a staff account without a password and e-mails its owner a link to choose one. */
  public Account inviteStaff(@NotNull @Valid Invitation invitation) {
    if (accounts.findByEmail(invitation.email()).isPresent()) {
      throw new EmailAlreadyRegisteredException(Account.normalizeEmail(invitation.email()));
    }
    requireStaffRoles(invitation.roles());
    Account account = new Account(invitation.email(), invitation.displayName(), invitation.roles(), now());
    accounts.add(account);
    sendLink(account, OneTimeToken.Purpose.INVITATION);
    return account;
  }

  /** Sends a fresh invitation link, e.g. when the first one expired. */
  public void resendInvitation(long accountId) {
    Account account = accounts.get(accountId);
    if (account.hasPassword()) {
      throw new InvalidInputException("accountId", "This person has already accepted the invitation.");
    }
    sendLink(account, OneTimeToken.Purpose.INVITATION);
  }

  /**
   * Sends a reset link if the address belongs to an account. Says nothing either way, so the form cannot
   * be used to find out who has an account.
   */
  public void requestPasswordReset(@NotBlank String email) {
    accounts
        .findByEmail(email)
        .filter(Account::isEnabled)
        .filter(Account::hasPassword)
        .ifPresent(account -> sendLink(account, OneTimeToken.Purpose.PASSWORD_RESET));
  }

  public Account resetPassword(@NotNull @Valid NewPassword newPassword) {
    return usePasswordLink(newPassword, OneTimeToken.Purpose.PASSWORD_RESET);
  }

  public Account acceptInvitation(@NotNull @Valid NewPassword newPassword) {
    return usePasswordLink(newPassword, OneTimeToken.Purpose.INVITATION);
  }

  private Account usePasswordLink(NewPassword newPassword, OneTimeToken.Purpose purpose) {
    Instant now = now();
    OneTimeToken token =
        accounts
            .findOneTimeToken(newPassword.token())
            .filter(t -> t.isUsableFor(purpose, now))
            .orElseThrow(InvalidLinkException::new);
    token.use(now);
    Account account = accounts.get(token.getAccountId());
    account.setPasswordHash(hasher.hash(newPassword.password()));
    return account;
  }

  private void sendLink(Account account, OneTimeToken.Purpose purpose) {
    Instant now = now();
    accounts.invalidateOpenTokens(account.getId(), purpose, now);
    String secret = Secrets.newSecret("");
    accounts.add(new OneTimeToken(account.getId(), purpose, secret, now));
    Locale locale = Locale.of(account.getLanguage());
    String path = purpose == OneTimeToken.Purpose.INVITATION ? "accept-invitation" : "reset-password";
    String link = config.baseUrl().resolve(path + "?token=" + secret).toString();
    String key = purpose == OneTimeToken.Purpose.INVITATION ? "mail.invitation" : "mail.passwordReset";
    long hours = purpose.lifetime().toHours();
    outbox.enqueue(
        account.getEmail(),
        Translations.shared().get(locale, key + ".subject"),
        Translations.shared().get(locale, key + ".body", account.getDisplayName(), link, hours));
  }

  public Account updateProfile(long accountId, @NotBlank @Size(max = Account.DISPLAY_NAME_MAX_LENGTH) String displayName, String language) {
    Account account = accounts.get(accountId);
    account.rename(displayName);
    if (language != null && (language.equals("en") || language.equals("uz"))) {
      account.setLanguage(language);
    }
    return account;
  }

  public Account changeRoles(long accountId, @NotNull Set<Role> roles, long actingAdminId) {
    if (roles.isEmpty()) {
      throw new InvalidInputException("roles", "An account needs at least one role.");
    }
    Account account = accounts.get(accountId);
    if (accountId == actingAdminId && !roles.contains(Role.ADMIN)) {
      throw new InvalidInputException("roles", "You cannot take the admin role away from yourself.");
    }
    account.setRoles(roles);
    return account;
  }

  public Account changeTier(long accountId, @NotNull Tier tier) {
    Account account = accounts.get(accountId);
    account.setTier(tier);
    return account;
  }

  public Account setEnabled(long accountId, boolean enabled, long actingAdminId) {
    if (accountId == actingAdminId && !enabled) {
      throw new InvalidInputException("enabled", "You cannot disable your own account.");
    }
    Account account = accounts.get(accountId);
    account.setEnabled(enabled);
    return account;
  }

  public IssuedApiToken issueApiToken(
      long accountId,
      @NotBlank(message = "{token.name.required}") @Size(max = ApiToken.NAME_MAX_LENGTH, message = "{token.name.tooLong}")
          String name,
      Integer validDays) {
    if (validDays != null && (validDays < 1 || validDays > API_TOKEN_MAX_DAYS)) {
      throw new InvalidInputException(
          "validDays", "A token can be valid for 1 to " + API_TOKEN_MAX_DAYS + " days, or without an end date.");
    }
    accounts.get(accountId);
    Instant now = now();
    String secret = Secrets.newSecret(ApiToken.PREFIX);
    ApiToken token =
        new ApiToken(accountId, name, secret, now, validDays == null ? null : now.plus(Duration.ofDays(validDays)));
    accounts.add(token);
    return new IssuedApiToken(token, secret);
  }

  public List<ApiToken> apiTokens(long accountId) {
    return accounts.apiTokensOf(accountId);
  }

  public void revokeApiToken(long accountId, long tokenId) {
    ApiToken token =
        accounts
            .findApiToken(tokenId)
            .filter(t -> t.getAccountId() == accountId)
            .orElseThrow(() -> new NotFoundException("API token", tokenId));
    accounts.remove(token);
  }

  /**
   * Creates the configured first admin when no admin exists yet. Changing the configuration later does
   * not touch an existing admin.
   */
  public void ensureFirstAdmin(String email, String password) {
    if (accounts.countByRole(Role.ADMIN) > 0) {
      return;
    }
    var existing = accounts.findByEmail(email);
    if (existing.isPresent()) {
      EnumSet<Role> roles = EnumSet.of(Role.ADMIN);
      roles.addAll(existing.get().getRoles());
      existing.get().setRoles(roles);
      LOG.info(() -> "Account " + existing.get().getEmail() + " made the first admin");
      return;
    }
    Account admin = new Account(email, "Administrator", EnumSet.of(Role.ADMIN), now());
    admin.setPasswordHash(hasher.hash(password));
    accounts.add(admin);
    LOG.info(() -> "First admin " + admin.getEmail() + " created from configuration");
  }

  /** Creates an account with a known password unless one with that e-mail exists (demo data). */
  public Account ensureAccount(String email, String displayName, String password, Set<Role> roles, Tier tier) {
    return accounts
        .findByEmail(email)
        .orElseGet(
            () -> {
              Account account = new Account(email, displayName, roles, now());
              account.setPasswordHash(hasher.hash(password));
              account.setTier(tier);
              accounts.add(account);
              return account;
            });
  }

  private static void requireStaffRoles(Set<Role> roles) {
    if (roles.contains(Role.CUSTOMER)) {
      throw new InvalidInputException("roles", "Staff invitations give staff roles; customers register themselves.");
    }
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
