package org.example.portal.pricingbids.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.example.portal.pricingbids.domain.OrderStatus;

/** The next status of an order, with the shipment's carrier and tracking number once it ships. */
public record OrderForm(
    @NotNull(message = "{bids.order.status.required}") OrderStatus status,
    @Size(max = 60, message = "{bids.order.carrier.tooLong}") String carrier,
    @Size(max = 80, message = "{bids.order.tracking.tooLong}") String trackingNumber) {}
