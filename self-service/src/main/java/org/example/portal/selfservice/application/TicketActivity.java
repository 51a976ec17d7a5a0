package org.example.portal.selfservice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.example.portal.core.submission.CustomerActivity;
import org.example.portal.selfservice.domain.Ticket;

/** How a customer rated support, for their story; the tickets themselves are submissions. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TicketActivity implements CustomerActivity {

  @PersistenceContext EntityManager em;

  @Override
  public List<Entry> activitiesOf(long customerId, int limit) {
    return em.createQuery("select t from Ticket t where t.customerId = :customerId and t.ratedAt is not null order by t.ratedAt desc", Ticket.class)
        .setParameter("customerId", customerId).setMaxResults(limit).getResultStream()
        .map(t -> new Entry(Boolean.TRUE.equals(t.getRatingSatisfied()) ? "ticket-rating-good" : "ticket-rating-bad", t.getRatedAt(),
            TicketService.title(t), t.getRatingComment() == null ? "" : t.getRatingComment(), "tickets/" + t.getId()))
        .toList();
  }
}
