package org.example.portal.triage.application;

import jakarta.validation.constraints.NotBlank;
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
    Set<String> kinds,
    Set<Long> areaIds,
    @Size(max = TextCondition.MAX_LENGTH, message = "The words condition has at most {max} characters.") String textQuery,
    Set<Tier> tiers,
    Set<String> languages,
    Long teamId,
    Priority priority,
    @Size(max = 10, message = "A rule adds at most {max} tags.") Set<String> tags,
    AssignmentMode assignment,
    Boolean confidential) {

  public RuleSpec toSpec() {
    return new RuleSpec(name, enabled == null || enabled, kinds, areaIds, textQuery, tiers, languages, teamId,
        priority, tags == null ? Set.of() : Tags.normalize(tags), assignment, Boolean.TRUE.equals(confidential));
  }

  public static RuleForm of(RuleSpec spec) {
    return new RuleForm(spec.name(), spec.enabled(), spec.kinds(), spec.areaIds(), spec.textQuery(), spec.tiers(),
        spec.languages(), spec.teamId(), spec.priority(), spec.tags(), spec.assignment(), spec.confidential());
  }
}
