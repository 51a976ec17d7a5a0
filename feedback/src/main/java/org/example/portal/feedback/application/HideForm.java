package org.example.portal.feedback.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.example.portal.feedback.domain.Idea;

/** Why staff hide an idea or comment (spam, abuse). */
public record HideForm(
    @NotBlank(message = "{ideas.hide.reason.required}") @Size(max = Idea.HIDE_REASON_MAX_LENGTH, message = "{ideas.hide.reason.tooLong}") String reason) {}
