/**
 * Bids and their rules: the state machine of a {@link org.example.portal.pricingbids.domain.CounterBid}, the
 * terms a product team sets per product, and the demand curve computed from bids. No container needed.
 */
package org.example.portal.pricingbids.domain;
