package org.example.portal.selfservice.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.Ticket;

/**
 * What a customer writes to open a ticket. The product area is optional (the customer may not know it);
 * the priority is {@code NORMAL} unless given, and only staff may make a ticket urgent.
 */
public record TicketForm(
    @NotBlank(message = "{tickets.subject.required}") @Size(max = Ticket.SUBJECT_MAX_LENGTH, message = "{tickets.subject.tooLong}") String subject,
    @NotBlank(message = "{tickets.description.required}") @Size(max = Ticket.DESCRIPTION_MAX_LENGTH, message = "{tickets.description.tooLong}")
        String description,
    Long areaId,
    Priority priority) {}
