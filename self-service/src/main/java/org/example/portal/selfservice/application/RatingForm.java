package org.example.portal.selfservice.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.example.portal.selfservice.domain.Ticket;

/** The customer's verdict on a solved ticket. */
public record RatingForm(
    @NotNull(message = "{tickets.rating.required}") Boolean satisfied,
    @Size(max = Ticket.RATING_COMMENT_MAX_LENGTH, message = "{tickets.rating.tooLong}") String comment) {}
