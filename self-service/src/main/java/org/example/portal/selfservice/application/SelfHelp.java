package org.example.portal.selfservice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.example.portal.feedback.api.IdeaLookup;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.knowledgebase.api.ArticleRef;
import org.example.portal.knowledgebase.api.ArticleSuggestions;
import org.example.portal.selfservice.domain.Deflection;

/**
 * Help before a ticket: knowledge-base articles that may answer what the customer is typing, public ideas
 * that already ask for the same (the customer can vote instead of filing), and the count of tickets those
 * suggestions made unnecessary (deflections).
 */
@ApplicationScoped
@Transactional
public class SelfHelp {

  public static final int SUGGESTIONS = 5;
  public static final int IDEAS = 3;

  @PersistenceContext EntityManager em;
  @Inject ArticleSuggestions articles;
  @Inject IdeaLookup ideas;

  Clock clock = Clock.systemUTC();

  public List<ArticleRef> suggest(String text, String language) {
    return articles.suggestFor(text, language, SUGGESTIONS);
  }

  public List<IdeaRef> similarIdeas(String text) {
    return text == null || text.isBlank() ? List.of() : ideas.similar(text, IDEAS);
  }

  /** The idea a ticket is linked to, as the public sees it (a merged idea resolves to where it went). */
  public java.util.Optional<IdeaRef> idea(Long ideaId) {
    return ideaId == null ? java.util.Optional.empty() : ideas.find(ideaId);
  }

  /** The customer read a suggested article and left without filing the ticket. */
  public Deflection recordDeflection(Long customerId, long articleId, String typedText) {
    Deflection deflection = new Deflection(customerId, articleId, typedText, clock.instant());
    em.persist(deflection);
    return deflection;
  }

  /** How many tickets suggestions deflected, in all. */
  public long deflections() {
    return em.createQuery("select count(d) from Deflection d", Long.class).getSingleResult();
  }
}
