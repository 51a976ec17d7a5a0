package org.example.portal.prototypes.application;

import java.time.Instant;

/** When a sample arrived; without a date it arrived now. */
public record DeliveryForm(Instant deliveredAt) {}
