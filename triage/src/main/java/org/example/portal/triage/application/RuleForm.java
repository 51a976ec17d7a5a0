package org.example.portal.triage.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.triage.domain.AssignmentMode;
import org.example.portal.triage.domain.Priority;
import org.example.portal.triage.domain.RoutingRule;
import org.example.portal.triage.domain.RuleSpec;
import org.example.portal.triage.domain.TextCondition;

/** A routing rule as a triage lead writes it. Empty conditions mean "any". */
public record RuleForm(
    @NotBlank(message = "Give the rule a name.") @Size(max = RoutingRule.NAME_MAX_LENGTH, message = "A rule's name has at most {max} characters.") String name,
    Boolean enabled,
    Set<@NotNull(message = "Name each kind.") String> kinds,
    @Size(max = MAX_AREAS, message = "A rule names at most {max} product areas.") Set<@NotNull(message = "Name each product area by its id.") Long> areaIds,
    @Size(max = TextCondition.MAX_LENGTH, message = "The words condition has at most {max} characters.") String textQuery,
    Set<@NotNull(message = "Name each tier.") Tier> tiers,
    @Size(max = MAX_LANGUAGES, message = "A rule names at most {max} languages.")
        Set<@NotNull(message = "Name each language.") @Pattern(regexp = "[a-z]{2,3}", message = "A language is a code of two or three small letters, such as en.") String> languages,
    Long teamId,
    Priority priority,
    @Size(max = 10, message = "A rule adds at most {max} tags.") Set<@NotNull(message = "Write each tag.") String> tags,
    AssignmentMode assignment,
    Boolean confidential) {

  /** As many product areas as the rule's column holds, ids of up to six digits. */
  public static final int MAX_AREAS = 30;
  /** As many languages as anyone routes by. */
  public static final int MAX_LANGUAGES = 20;

  public RuleSpec toSpec() {
    return new RuleSpec(name, enabled == null || enabled, kinds, areaIds, textQuery, tiers, languages, teamId,
        priority, tags == null ? Set.of() : Tags.normalize(tags), assignment, Boolean.TRUE.equals(confidential));
  }

  public static RuleForm of(RuleSpec spec) {
    return new RuleForm(spec.name(), spec.enabled(), spec.kinds(), spec.areaIds(), spec.textQuery(), spec.tiers(),
        spec.languages(), spec.teamId(), spec.priority(), spec.tags(), spec.assignment(), spec.confidential());
  }
}
