package org.example.portal.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Secrets;
import org.example.portal.core.config.PortalConfig;
import org.example.portal.core.i18n.Translations;
import org.example.portal.core.notification.Outbox;
import org.example.portal.feedback.domain.Idea;
import org.example.portal.feedback.domain.IdeaCustomerKey;
import org.example.portal.feedback.domain.IdeaHistoryEntry;
import org.example.portal.feedback.domain.MailPreference;
import org.example.portal.feedback.domain.Mute;
import org.example.portal.feedback.domain.Notification;

/**
 * Tells the people of an idea (its author, voters and followers) what happened to it: a notification in the
 * portal always, and an e-mail through the outbox unless they unsubscribed from that idea or from all idea
 * e-mails. Every e-mail carries an unsubscribe link that works without signing in.
 */
@ApplicationScoped
@Transactional
public class IdeaNotifier {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Outbox outbox;
  @Inject PortalConfig config;
  @Inject IdeaDirectory directory;

  Clock clock = Clock.systemUTC();

  /** The idea's author, voters and followers, each once. */
  public List<Long> audience(Idea idea) {
    Set<Long> people = new LinkedHashSet<>();
    people.add(idea.getAuthorId());
    people.addAll(directory.supporters(idea.getId()));
    return List.copyOf(people);
  }

  void statusChanged(Idea idea, IdeaHistoryEntry entry) {
    String status = "ideas.status." + idea.getStatus().name();
    tell(idea, audience(idea), "ideas.notify.status", "ideas.mail.status", entry.getNote(), status);
  }

  void responded(Idea idea, IdeaHistoryEntry entry) {
    tell(idea, audience(idea), "ideas.notify.response", "ideas.mail.response", entry.getNote(), null);
  }

  void merged(Idea source, Idea target, List<Long> told) {
    Instant now = clock.instant();
    for (long customerId : told) {
      Optional<Account> account = accounts.findById(customerId);
      if (account.isEmpty()) {
        continue;
      }
      Locale locale = Locale.of(account.get().getLanguage());
      Translations t = Translations.shared();
      em.persist(new Notification(customerId, target.getId(), t.get(locale, "ideas.notify.merged", source.getTitle(), target.getTitle()), now));
      if (wantsMail(customerId, source.getId())) {
        outbox.enqueue(
            account.get().getEmail(),
            t.get(locale, "ideas.mail.merged.subject", source.getTitle()),
            t.get(locale, "ideas.mail.merged.body", account.get().getDisplayName(), source.getTitle(), target.getTitle(), link(target), unsubscribeLink(customerId, target)));
      }
    }
  }

  private void tell(Idea idea, List<Long> people, String notificationKey, String mailKey, String response, String statusKey) {
    Instant now = clock.instant();
    Translations t = Translations.shared();
    for (long customerId : people) {
      Optional<Account> account = accounts.findById(customerId);
      if (account.isEmpty()) {
        continue;
      }
      Locale locale = Locale.of(account.get().getLanguage());
      String status = statusKey == null ? "" : t.get(locale, statusKey);
      String answer = response == null ? "" : response;
      em.persist(new Notification(customerId, idea.getId(), t.get(locale, notificationKey, idea.getTitle(), status), now));
      if (wantsMail(customerId, idea.getId())) {
        outbox.enqueue(
            account.get().getEmail(),
            t.get(locale, mailKey + ".subject", idea.getTitle(), status),
            t.get(locale, mailKey + ".body", account.get().getDisplayName(), idea.getTitle(), status, answer, link(idea), unsubscribeLink(customerId, idea)));
      }
    }
  }

  private boolean wantsMail(long customerId, long ideaId) {
    MailPreference preference = em.find(MailPreference.class, customerId);
    return (preference == null || !preference.isAllMuted()) && em.find(Mute.class, new IdeaCustomerKey(ideaId, customerId)) == null;
  }

  /**
   * Unsubscribes from e-mails about one idea (or all idea e-mails when {@code ideaId} is null) by the secret
   * in the link. Returns the customer, or empty when the link is not (or no longer) valid.
   */
  public Optional<Long> unsubscribe(String token, Long ideaId, boolean all) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Optional<MailPreference> preference =
        em.createNamedQuery("MailPreference.byToken", MailPreference.class).setParameter("token", token).getResultStream().findFirst();
    preference.ifPresent(
        p -> {
          if (all || ideaId == null) {
            p.muteAll();
          } else if (em.find(Mute.class, new IdeaCustomerKey(ideaId, p.getCustomerId())) == null) {
            em.persist(new Mute(ideaId, p.getCustomerId()));
          }
        });
    return preference.map(MailPreference::getCustomerId);
  }

  /** Idea e-mails on again, for the customer's account page. */
  public void resubscribe(long customerId) {
    Optional.ofNullable(em.find(MailPreference.class, customerId)).ifPresent(MailPreference::unmuteAll);
    em.createQuery("delete from Mute m where m.customerId = :customerId").setParameter("customerId", customerId).executeUpdate();
  }

  public List<Notification> notifications(long customerId, int max) {
    return em.createNamedQuery("Notification.ofCustomer", Notification.class).setParameter("customerId", customerId).setMaxResults(max).getResultList();
  }

  public long unread(long customerId) {
    return em.createNamedQuery("Notification.unread", Long.class).setParameter("customerId", customerId).getSingleResult();
  }

  public void markAllRead(long customerId) {
    em.createNamedQuery("Notification.markRead").setParameter("customerId", customerId).setParameter("now", clock.instant()).executeUpdate();
  }

  private String link(Idea idea) {
    return config.baseUrl().resolve("ideas/" + idea.getId()).toString();
  }

  private String unsubscribeLink(long customerId, Idea idea) {
    MailPreference preference = em.find(MailPreference.class, customerId);
    if (preference == null) {
      preference = new MailPreference(customerId, Secrets.newSecret("u-"));
      em.persist(preference);
    }
    return config.baseUrl().resolve("ideas/unsubscribe?token=" + preference.getToken() + "&idea=" + idea.getId()).toString();
  }
}
