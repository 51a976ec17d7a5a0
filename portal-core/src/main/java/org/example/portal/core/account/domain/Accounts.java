package org.example.portal.core.account.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.example.portal.core.error.NotFoundException;

/** Finds and stores accounts and their tokens. */
@ApplicationScoped
public class Accounts {

  @PersistenceContext EntityManager em;

  public Optional<Account> findById(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  /** The account with its roles, read in one statement: for checking a caller's credentials. */
  public Optional<Account> findWithRoles(long id) {
    return em.createNamedQuery("Account.withRoles", Account.class).setParameter("id", id).getResultStream().findFirst();
  }

  public Account get(long id) {
    return findById(id).orElseThrow(() -> new NotFoundException("Account", id));
  }

  public Optional<Account> findByEmail(String email) {
    return em.createNamedQuery("Account.findByEmail", Account.class)
        .setParameter("email", Account.normalizeEmail(email))
        .getResultStream()
        .findFirst();
  }

  public List<Account> findByRole(Role role) {
    return em.createNamedQuery("Account.findByRole", Account.class).setParameter("role", role).getResultList();
  }

  public long countByRole(Role role) {
    return em.createNamedQuery("Account.countByRole", Long.class).setParameter("role", role).getSingleResult();
  }

  public void add(Account account) {
    em.persist(account);
    // Flush now so a duplicate e-mail fails here, inside the caller's error handling, not at commit.
    em.flush();
  }

  public void add(ApiToken token) {
    em.persist(token);
  }

  public void add(OneTimeToken token) {
    em.persist(token);
  }

  public void remove(ApiToken token) {
    em.remove(token);
  }

  public Optional<ApiToken> findApiToken(String secret) {
    return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
        .setParameter("hash", Secrets.digest(secret))
        .getResultStream()
        .findFirst();
  }

  public Optional<ApiToken> findApiToken(long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id));
  }

  public List<ApiToken> apiTokensOf(long accountId) {
    return em.createNamedQuery("ApiToken.findByAccount", ApiToken.class)
        .setParameter("accountId", accountId)
        .getResultList();
  }

  public Optional<OneTimeToken> findOneTimeToken(String secret) {
    return em.createNamedQuery("OneTimeToken.findByHash", OneTimeToken.class)
        .setParameter("hash", Secrets.digest(secret))
        .getResultStream()
        .findFirst();
  }

  /** Earlier links for the same purpose stop working when a new one is sent. */
  public void invalidateOpenTokens(long accountId, OneTimeToken.Purpose purpose, java.time.Instant now) {
    em.createNamedQuery("OneTimeToken.invalidateOpen")
        .setParameter("now", now)
        .setParameter("accountId", accountId)
        .setParameter("purpose", purpose)
        .executeUpdate();
  }
}
