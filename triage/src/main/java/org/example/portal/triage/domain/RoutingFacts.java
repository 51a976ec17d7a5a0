package org.example.portal.triage.domain;

import java.util.Objects;
import org.example.portal.core.account.domain.Tier;

/** What routing rules look at in a submission. */
public record RoutingFacts(String kind, Long areaId, String title, String summary, Tier tier, String language) {

  public RoutingFacts {
    title = Objects.requireNonNullElse(title, "");
    summary = Objects.requireNonNullElse(summary, "");
    tier = Objects.requireNonNullElse(tier, Tier.STANDARD);
    language = language == null || language.isBlank() ? "en" : language;
  }
}
