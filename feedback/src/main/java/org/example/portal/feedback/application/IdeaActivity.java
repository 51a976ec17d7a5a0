package org.example.portal.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.example.portal.core.submission.CustomerActivity;

/** A customer's votes and comments on ideas, for their story (their ideas themselves are submissions). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IdeaActivity implements CustomerActivity {

  private static final int EXCERPT = 200;

  @PersistenceContext EntityManager em;

  @Override
  public List<Entry> activitiesOf(long customerId, int limit) {
    List<Entry> entries = new ArrayList<>();
    em.createQuery("select v.createdAt, i.id, i.title from Vote v, Idea i where v.ideaId = i.id and v.customerId = :customerId order by v.createdAt desc", Object[].class)
        .setParameter("customerId", customerId).setMaxResults(limit).getResultStream()
        .forEach(r -> entries.add(new Entry("idea-vote", (Instant) r[0], (String) r[2], "", "ideas/" + r[1])));
    em.createQuery("select c.createdAt, i.id, i.title, c.body, c.hidden from Comment c, Idea i where c.ideaId = i.id and c.authorId = :customerId and c.internal = false order by c.createdAt desc", Object[].class)
        .setParameter("customerId", customerId).setMaxResults(limit).getResultStream()
        .forEach(r -> entries.add(new Entry("idea-comment", (Instant) r[0], (String) r[2], excerpt((String) r[3], (Boolean) r[4]), "ideas/" + r[1])));
    entries.sort(Comparator.comparing(Entry::at).reversed());
    return entries.size() <= limit ? entries : List.copyOf(entries.subList(0, limit));
  }

  private static String excerpt(String body, boolean hidden) {
    String text = body.length() <= EXCERPT ? body : body.substring(0, EXCERPT - 1) + "…";
    return hidden ? "[hidden] " + text : text;
  }
}
