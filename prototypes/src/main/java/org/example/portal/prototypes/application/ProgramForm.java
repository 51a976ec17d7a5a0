package org.example.portal.prototypes.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.prototypes.domain.SampleProgram;

/**
 * A sample program as the product team edits it: the product, the quota, who may apply, the terms, the
 * application window and the feedback form. Empty {@code eligibleTiers} and {@code eligibleAreaIds} mean
 * no restriction.
 */
public record ProgramForm(
    @NotBlank(message = "{samples.name.required}") @Size(max = SampleProgram.NAME_MAX_LENGTH, message = "{samples.name.tooLong}") String name,
    @Size(max = SampleProgram.VERSION_MAX_LENGTH, message = "{samples.version.tooLong}") String productVersion,
    @Size(max = SampleProgram.DESCRIPTION_MAX_LENGTH, message = "{samples.description.tooLong}") String description,
    @Size(max = 10, message = "{samples.images.tooMany}") List<@NotBlank @Size(max = 190, message = "{samples.images.url}") @Pattern(regexp = "https?://\\S+", message = "{samples.images.url}") String> imageUrls,
    @NotNull(message = "{samples.area.required}") Long areaId,
    Long productId,
    @NotNull(message = "{samples.units.range}") @Min(value = 1, message = "{samples.units.range}") @Max(value = SampleProgram.MAX_UNITS, message = "{samples.units.range}")
        Integer units,
    Set<@NotNull Tier> eligibleTiers,
    @Size(max = 50, message = "{samples.areas.tooMany}") Set<@NotNull Long> eligibleAreaIds,
    boolean invitationOnly,
    @NotBlank(message = "{samples.terms.required}") @Size(max = SampleProgram.TERMS_MAX_LENGTH, message = "{samples.terms.tooLong}") String terms,
    @NotNull(message = "{samples.opensAt.required}") Instant opensAt,
    @NotNull(message = "{samples.closesAt.required}") Instant closesAt,
    @NotNull(message = "{samples.dueDays.range}") @Min(value = 1, message = "{samples.dueDays.range}") @Max(value = SampleProgram.MAX_DUE_DAYS, message = "{samples.dueDays.range}")
        Integer dueDays,
    @Min(value = 2, message = "{samples.secondRound.range}") @Max(value = 2 * SampleProgram.MAX_DUE_DAYS, message = "{samples.secondRound.range}")
        Integer secondRoundDays,
    boolean autoApprove,
    @NotEmpty(message = "{samples.questions.required}") @Size(max = SampleProgram.MAX_QUESTIONS, message = "{samples.questions.tooMany}")
        List<@NotNull @Valid QuestionForm> questions,
    @Size(max = 50, message = "{samples.ideas.tooMany}") Set<@NotNull Long> linkedIdeaIds) {}
