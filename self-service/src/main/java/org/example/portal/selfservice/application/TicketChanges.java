package org.example.portal.selfservice.application;

import jakarta.validation.constraints.NotNull;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.TicketStatus;

/**
 * What staff change on one ticket; fields left null stay as they are. {@code version} is the version the
 * staff member saw: if someone changed the ticket since, nothing is applied and they are told so.
 * {@code unassign} clears the team and the assignee.
 */
public record TicketChanges(
    @NotNull(message = "{tickets.version.required}") Long version,
    TicketStatus status,
    Priority priority,
    Long teamId,
    Long assigneeId,
    boolean unassign,
    Long ideaId) {}
