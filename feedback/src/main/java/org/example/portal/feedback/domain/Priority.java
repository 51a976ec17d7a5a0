package org.example.portal.feedback.domain;

import java.math.BigDecimal;
import java.util.List;
import org.example.portal.core.error.InvalidInputException;

/**
 * A product team's RICE estimate: reach (the idea's votes weighted by customer tier), impact, confidence and
 * effort. The score, reach × impact × confidence / effort, lets the team sort ideas by value for the work.
 *
 * @param impact 0.25 (minimal), 0.5 (low), 1 (medium), 2 (high) or 3 (massive)
 * @param confidence in percent, 1 to 100
 * @param effort person-months, more than 0
 */
public record Priority(BigDecimal impact, Integer confidence, BigDecimal effort) {

  public static final List<BigDecimal> IMPACTS =
      List.of(new BigDecimal("0.25"), new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("3"));

  public static final Priority NONE = new Priority(null, null, null);

  public Priority {
    if (impact != null && IMPACTS.stream().noneMatch(i -> i.compareTo(impact) == 0)) {
      throw new InvalidInputException("impact", "Impact is one of 0.25 (minimal), 0.5 (low), 1 (medium), 2 (high) or 3 (massive).");
    }
    if (confidence != null && (confidence < 1 || confidence > 100)) {
      throw new InvalidInputException("confidence", "Confidence is a percentage from 1 to 100.");
    }
    if (effort != null && (effort.signum() <= 0 || effort.compareTo(new BigDecimal("9999")) > 0)) {
      throw new InvalidInputException("effort", "Effort is a number of person-months above 0 (for example 0.5 or 3).");
    }
  }

  /** The RICE score for this reach, or null until impact and effort are estimated (confidence defaults to 100 %). */
  public Double score(int weightedVotes) {
    if (impact == null || effort == null) {
      return null;
    }
    double percent = confidence == null ? 100 : confidence;
    return weightedVotes * impact.doubleValue() * percent / 100.0 / effort.doubleValue();
  }
}
