package org.example.portal.feedback.application;

import java.math.BigDecimal;
import org.example.portal.feedback.domain.Priority;

/**
 * A product team's RICE estimate of an idea; any part may be left empty. The values are checked by {@link
 * Priority}, which says what each may be.
 */
public record PriorityForm(BigDecimal impact, Integer confidence, BigDecimal effort) {

  public Priority toPriority() {
    return new Priority(impact, confidence, effort);
  }
}
