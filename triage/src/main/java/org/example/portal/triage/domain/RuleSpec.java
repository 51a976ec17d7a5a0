package org.example.portal.triage.domain;

import java.util.Objects;
import java.util.Set;
import org.example.portal.core.account.domain.Tier;

/**
 * What a routing rule says: its conditions (each empty set or blank text means "any") and where a matching
 * submission goes.
 *
 * @param textQuery words in the title or summary, in Lucene's simple query syntax: all words must occur,
 *     {@code |} means or, {@code -word} excludes, {@code "a phrase"} and {@code prefix*} work
 * @param teamId the team it goes to, or null to leave it in the triage queue with priority and tags set
 * @param confidential only the team's members, triage leads and admins see the items this rule routes
 */
public record RuleSpec(
    String name,
    boolean enabled,
    Set<String> kinds,
    Set<Long> areaIds,
    String textQuery,
    Set<Tier> tiers,
    Set<String> languages,
    Long teamId,
    Priority priority,
    Set<String> tags,
    AssignmentMode assignment,
    boolean confidential) {

  public RuleSpec {
    kinds = Set.copyOf(Objects.requireNonNullElse(kinds, Set.of()));
    areaIds = Set.copyOf(Objects.requireNonNullElse(areaIds, Set.of()));
    textQuery = textQuery == null ? "" : textQuery.strip();
    tiers = Set.copyOf(Objects.requireNonNullElse(tiers, Set.of()));
    languages = Set.copyOf(Objects.requireNonNullElse(languages, Set.of()));
    priority = Objects.requireNonNullElse(priority, Priority.NORMAL);
    tags = Set.copyOf(Objects.requireNonNullElse(tags, Set.of()));
    assignment = teamId == null ? AssignmentMode.NONE : Objects.requireNonNullElse(assignment, AssignmentMode.NONE);
  }
}
