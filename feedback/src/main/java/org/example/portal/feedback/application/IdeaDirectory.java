package org.example.portal.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.example.portal.core.search.SearchHit;
import org.example.portal.feedback.api.IdeaLookup;
import org.example.portal.feedback.api.IdeaProposals;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.feedback.domain.Idea;

/** Ideas as other modules see them and post them (see {@link IdeaLookup} and {@link IdeaProposals}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IdeaDirectory implements IdeaLookup, IdeaProposals {

  /** Merges never chain (a target cannot be merged), but a bound keeps a broken row from looping. */
  private static final int MAX_MERGE_HOPS = 5;

  @PersistenceContext EntityManager em;
  @Inject Board board;
  @Inject IdeaService ideas;

  @Override
  @Transactional
  public IdeaRef proposeFor(long customerId, String title, String description, long areaId) {
    return ref(ideas.proposeFor(customerId, new IdeaForm(title, description, areaId, List.of())));
  }

  @Override
  public Optional<IdeaRef> find(long ideaId) {
    Idea idea = em.find(Idea.class, ideaId);
    for (int hops = 0; idea != null && idea.getMergedIntoId() != null && hops < MAX_MERGE_HOPS; hops++) {
      idea = em.find(Idea.class, idea.getMergedIntoId());
    }
    return Optional.ofNullable(idea).filter(Idea::isListed).map(IdeaDirectory::ref);
  }

  @Override
  public List<IdeaRef> similar(String text, int limit) {
    List<SearchHit> hits = board.similar(text, null, limit);
    Map<Long, Idea> ideas = board.ideas(hits.stream().map(h -> Long.valueOf(h.id())).toList());
    return hits.stream()
        .map(h -> ideas.get(Long.valueOf(h.id())))
        .filter(i -> i != null && i.isListed())
        .map(IdeaDirectory::ref)
        .toList();
  }

  @Override
  public Set<Long> supporters(long ideaId) {
    Set<Long> people = new HashSet<>();
    for (Object id :
        em.createNativeQuery("select customer_id from feedback_vote where idea_id = ?1 union select customer_id from feedback_follow where idea_id = ?1")
            .setParameter(1, ideaId)
            .getResultList()) {
      people.add(((Number) id).longValue());
    }
    return people;
  }

  @Override
  public Set<Long> withMerged(long ideaId) {
    Set<Long> ids = new HashSet<>(em.createNamedQuery("Idea.mergedInto", Long.class).setParameter("id", ideaId).getResultList());
    ids.add(ideaId);
    return ids;
  }

  static IdeaRef ref(Idea idea) {
    return new IdeaRef(idea.getId(), idea.getTitle(), idea.getAreaId(), idea.getStatus().name(), idea.getVoteCount(), "ideas/" + idea.getId());
  }
}
