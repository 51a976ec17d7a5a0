package org.example.portal.core.team.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.example.portal.core.team.domain.Team;

/** The editable fields of a team. */
public record TeamForm(
    @NotBlank(message = "{team.name.required}") @Size(max = Team.NAME_MAX_LENGTH, message = "{team.name.tooLong}")
        String name,
    @NotNull(message = "{team.kind.required}") Team.Kind kind,
    Set<Long> areaIds,
    Set<Long> memberIds) {}
