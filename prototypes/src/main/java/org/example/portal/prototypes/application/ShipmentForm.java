package org.example.portal.prototypes.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.example.portal.prototypes.domain.SampleRequest;

/** A shipment of one sample: carrier and tracking number; without a date it shipped now. */
public record ShipmentForm(
    @NotBlank(message = "{samples.carrier.required}") @Size(max = SampleRequest.CARRIER_MAX_LENGTH, message = "{samples.carrier.tooLong}") String carrier,
    @NotBlank(message = "{samples.tracking.required}") @Size(max = SampleRequest.TRACKING_MAX_LENGTH, message = "{samples.tracking.tooLong}") String trackingNumber,
    Instant shippedAt) {}
