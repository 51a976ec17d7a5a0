package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.example.portal.core.persistence.ModuleSchema;

/** The samples module's own tables, prefixed {@code samples_}. */
@ApplicationScoped
public class SamplesSchema implements ModuleSchema {

  @Override
  public String name() {
    return "samples";
  }
}
