package org.example.portal.feedback.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.example.portal.feedback.domain.Idea;
import org.example.portal.feedback.domain.IdeaStatus;

/** A product team moves an idea to a status, with a public response (required when declining). */
public record StatusForm(
    @NotNull(message = "{ideas.status.required}") IdeaStatus status,
    @Size(max = Idea.RESPONSE_MAX_LENGTH, message = "{ideas.response.tooLong}") String response) {}
