package org.example.portal.pricingbids.domain;

/** What happens to an accepted bid after the agreement, in this order. */
public enum OrderStatus {
  CONFIRMED,
  IN_PRODUCTION,
  SHIPPED,
  DELIVERED
}
