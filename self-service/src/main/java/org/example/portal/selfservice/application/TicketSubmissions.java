package org.example.portal.selfservice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.example.portal.core.submission.SubmissionRecord;
import org.example.portal.core.submission.SubmissionSource;
import org.example.portal.selfservice.domain.Ticket;

/** Every ticket as a submission, with the title and summary its {@code SubmissionReceived} event carried. */
@ApplicationScoped
@Transactional
public class TicketSubmissions implements SubmissionSource {

  @PersistenceContext EntityManager em;

  @Override
  public String kind() {
    return TicketService.SUBMISSION_KIND;
  }

  @Override
  public List<SubmissionRecord> page(long afterId, int limit) {
    return em.createQuery("select t from Ticket t where t.id > :after order by t.id", Ticket.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultStream()
        .map(t -> new SubmissionRecord(kind(), t.getId(), t.getCustomerId(), t.getAreaId(), TicketService.title(t),
            TicketService.summary(t.getDescription()), t.getStatus().name(), t.getCreatedAt()))
        .toList();
  }
}
