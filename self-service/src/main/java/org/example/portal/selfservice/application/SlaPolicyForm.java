package org.example.portal.selfservice.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.selfservice.domain.Priority;

/** Targets in business minutes for one priority and tier (tier null: every tier without its own policy). */
public record SlaPolicyForm(
    @NotNull(message = "{tickets.sla.priority}") Priority priority,
    Tier tier,
    @NotNull(message = "{tickets.sla.minutes}") @Min(value = 1, message = "{tickets.sla.minutes}") @Max(value = 100_000, message = "{tickets.sla.minutes}")
        Integer firstResponseMinutes,
    @NotNull(message = "{tickets.sla.minutes}") @Min(value = 1, message = "{tickets.sla.minutes}") @Max(value = 1_000_000, message = "{tickets.sla.minutes}")
        Integer resolutionMinutes) {}
