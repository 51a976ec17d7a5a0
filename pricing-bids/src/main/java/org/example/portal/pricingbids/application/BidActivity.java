package org.example.portal.pricingbids.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.example.portal.core.submission.CustomerActivity;
import org.example.portal.pricingbids.domain.CounterBid;

/** A customer's orders (accepted bids and where they stand), for their story; the bids themselves are submissions. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BidActivity implements CustomerActivity {

  @PersistenceContext EntityManager em;
  @Inject BidService bids;

  @Override
  public List<Entry> activitiesOf(long customerId, int limit) {
    return em.createQuery("select b from CounterBid b where b.customerId = :customerId and b.orderStatus is not null order by b.decidedAt desc, b.id desc", CounterBid.class)
        .setParameter("customerId", customerId).setMaxResults(limit).getResultStream()
        .map(b -> new Entry("bid-order", b.getDecidedAt(), BidService.title(bids.productName(b), b), order(b), "bids/" + b.getId()))
        .toList();
  }

  private static String order(CounterBid bid) {
    String status = bid.getOrderStatus().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return bid.getOrderTracking() == null ? "Order " + status : "Order " + status + " (" + bid.getOrderCarrier() + " " + bid.getOrderTracking() + ")";
  }
}
