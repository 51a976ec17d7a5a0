package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The product areas each customer is active in, for eligibility by area. A customer becomes active in an
 * area by submitting anything there (an idea, a bid, a ticket, an application), which every module
 * announces with core's submission event; {@link ActivityObserver} records it here.
 */
@ApplicationScoped
public class CustomerAreas {

  @PersistenceContext EntityManager em;

  public Set<Long> of(long customerId) {
    List<?> rows = em.createNativeQuery("select area_id from samples_customer_area where customer_id = ?").setParameter(1, customerId).getResultList();
    Set<Long> areas = new HashSet<>();
    rows.forEach(r -> areas.add(((Number) r).longValue()));
    return areas;
  }

  /**
   * Idempotent: a customer already known in the area stays as they were, also when two submissions record the
   * same customer and area at once (PostgreSQL and H2 both skip the row that would conflict).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(long customerId, long areaId, Instant at) {
    em.createNativeQuery("insert into samples_customer_area (customer_id, area_id, since) values (?, ?, ?) on conflict do nothing")
        .setParameter(1, customerId)
        .setParameter(2, areaId)
        .setParameter(3, java.sql.Timestamp.from(at))
        .executeUpdate();
  }
}
