package org.example.portal.feedback.application;

import jakarta.validation.constraints.NotNull;

/** The idea a duplicate is merged into. */
public record MergeForm(@NotNull(message = "{ideas.merge.target.required}") Long targetId) {}
