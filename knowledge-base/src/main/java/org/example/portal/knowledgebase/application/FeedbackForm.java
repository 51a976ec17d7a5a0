package org.example.portal.knowledgebase.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.example.portal.knowledgebase.domain.Feedback;

/** A reader's answer to "Was this helpful?". */
public record FeedbackForm(
    @NotNull(message = "{kb.helpful.required}") Boolean helpful,
    @Size(max = Feedback.COMMENT_MAX_LENGTH, message = "{kb.comment.tooLong}") String comment) {}
