package org.example.portal.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.example.portal.core.persistence.ModuleSchema;

/** The triage module's own tables, prefixed {@code triage_}. */
@ApplicationScoped
public class TriageSchema implements ModuleSchema {

  @Override
  public String name() {
    return "triage";
  }
}
