package org.example.portal.selfservice.application;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.TicketStatus;

/**
 * One change for many tickets from a queue. Each ticket is changed on its own; a ticket the change does not
 * fit (for example closing one that is not solved) is reported and the others are changed.
 */
public record BulkChanges(
    @NotEmpty(message = "{tickets.bulk.ids}") @Size(max = 500, message = "{tickets.bulk.ids}") List<Long> ids,
    TicketStatus status,
    Priority priority,
    Long teamId,
    Long assigneeId) {}
