package org.example.portal.prototypes.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.example.portal.prototypes.domain.SampleRequest;

/** Why an application is declined; the customer reads it. */
public record DeclineForm(
    @NotBlank(message = "{samples.reason.required}") @Size(max = SampleRequest.REASON_MAX_LENGTH, message = "{samples.reason.tooLong}") String reason) {}
