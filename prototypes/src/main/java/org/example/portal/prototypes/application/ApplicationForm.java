package org.example.portal.prototypes.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.example.portal.prototypes.domain.SampleRequest;

/** A customer's application: they accept the terms in the version they read, and may say why they want a sample. */
public record ApplicationForm(
    @NotNull(message = "{samples.program.required}") Long programId,
    @AssertTrue(message = "{samples.terms.accept}") boolean acceptTerms,
    @NotNull(message = "{samples.termsVersion.required}") Integer termsVersion,
    @Size(max = SampleRequest.MOTIVATION_MAX_LENGTH, message = "{samples.motivation.tooLong}") String motivation) {}
