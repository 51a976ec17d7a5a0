package org.example.portal.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.example.portal.core.persistence.ModuleSchema;

/** The ideas module's own tables, prefixed {@code feedback_}. */
@ApplicationScoped
public class FeedbackSchema implements ModuleSchema {

  @Override
  public String name() {
    return "feedback";
  }
}
