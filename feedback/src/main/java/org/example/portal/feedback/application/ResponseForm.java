package org.example.portal.feedback.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.example.portal.feedback.domain.Idea;

/** A product team's official, public answer to an idea. */
public record ResponseForm(
    @NotBlank(message = "{ideas.response.required}") @Size(max = Idea.RESPONSE_MAX_LENGTH, message = "{ideas.response.tooLong}") String response) {}
