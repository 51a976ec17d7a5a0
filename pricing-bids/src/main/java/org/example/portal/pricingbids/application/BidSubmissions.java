package org.example.portal.pricingbids.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.example.portal.core.submission.SubmissionRecord;
import org.example.portal.core.submission.SubmissionSource;
import org.example.portal.pricingbids.domain.CounterBid;

/** Every bid as a submission, with the title and summary its {@code SubmissionReceived} event carried. */
@ApplicationScoped
@Transactional
public class BidSubmissions implements SubmissionSource {

  @PersistenceContext EntityManager em;
  @Inject BidService bids;

  @Override
  public String kind() {
    return BidService.SUBMISSION_KIND;
  }

  @Override
  public List<SubmissionRecord> page(long afterId, int limit) {
    return em.createQuery("select b from CounterBid b where b.id > :after order by b.id", CounterBid.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultStream()
        .map(b -> new SubmissionRecord(kind(), b.getId(), b.getCustomerId(), b.getAreaId(),
            BidService.title(bids.productName(b), b), BidService.summary(b), b.getState().name(), b.getCreatedAt()))
        .toList();
  }
}
