package org.example.portal.pricingbids.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.Product;
import org.example.portal.core.submission.SubmissionRecord;
import org.example.portal.core.submission.SubmissionSource;
import org.example.portal.pricingbids.domain.CounterBid;

/** Every bid as a submission, with the title and summary its {@code SubmissionReceived} event carried. */
@ApplicationScoped
@Transactional
public class BidSubmissions implements SubmissionSource {

  @PersistenceContext EntityManager em;
  @Inject BidService bids;
  @Inject CatalogService catalog;

  @Override
  public String kind() {
    return BidService.SUBMISSION_KIND;
  }

  @Override
  public List<SubmissionRecord> page(long afterId, int limit) {
    List<CounterBid> page = em.createQuery("select b from CounterBid b where b.id > :after order by b.id", CounterBid.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        // The chosen options of the whole page in one more query, not one per bid (the summary lists them).
        .setHint("eclipselink.batch", "b.options")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
    // The products' names in one query too, for the pages of a reconciliation that read every bid.
    Map<Long, Product> products = catalog.productsById(page.stream().map(CounterBid::getProductId).filter(Objects::nonNull).collect(Collectors.toSet()));
    return page.stream()
        .map(b -> {
          String subject = b.getProductId() != null && products.containsKey(b.getProductId())
              ? products.get(b.getProductId()).getName()
              : bids.productName(b);
          return new SubmissionRecord(kind(), b.getId(), b.getCustomerId(), b.getAreaId(), BidService.title(subject, b), BidService.summary(b),
              b.getState().name(), b.getCreatedAt());
        })
        .toList();
  }
}
