package org.example.portal.feedback.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.example.portal.feedback.domain.Comment;

/** A comment; {@code internal} ones (staff only) are never shown to customers. */
public record CommentForm(
    @NotBlank(message = "{ideas.comment.required}") @Size(max = Comment.BODY_MAX_LENGTH, message = "{ideas.comment.tooLong}") String body,
    boolean internal) {}
