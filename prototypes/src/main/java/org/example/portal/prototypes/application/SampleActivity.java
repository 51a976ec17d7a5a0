package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.example.portal.core.submission.CustomerActivity;
import org.example.portal.prototypes.domain.RequestState;
import org.example.portal.prototypes.domain.SampleProgram;
import org.example.portal.prototypes.domain.SampleRequest;

/**
 * The feedback a customer owes for samples they received, due or overdue, for their story; their applications
 * and the feedback they gave are submissions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SampleActivity implements CustomerActivity {

  @PersistenceContext EntityManager em;

  @Override
  public List<Entry> activitiesOf(long customerId, int limit) {
    return em.createQuery("select r, p from SampleRequest r, SampleProgram p where r.programId = p.id and r.customerId = :customerId"
                + " and r.state in :states and r.feedbackDueAt is not null order by r.feedbackDueAt desc", Object[].class)
        .setParameter("customerId", customerId)
        .setParameter("states", List.of(RequestState.DELIVERED, RequestState.FEEDBACK_DUE, RequestState.OVERDUE))
        .setMaxResults(limit).getResultStream()
        .map(row -> {
          SampleRequest request = (SampleRequest) row[0];
          SampleProgram program = (SampleProgram) row[1];
          boolean overdue = request.getState() == RequestState.OVERDUE;
          return new Entry(overdue ? "sample-feedback-overdue" : "sample-feedback-due", request.getFeedbackDueAt(), program.displayName(),
              "Round " + request.getFeedbackRound() + (overdue ? " was due " : " is due ") + request.getFeedbackDueAt(), "samples/requests/" + request.getId());
        })
        .toList();
  }
}
