package org.example.portal.selfservice.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.example.portal.core.persistence.ModuleSchema;

/** The ticket module's own tables, prefixed {@code selfservice_}. */
@ApplicationScoped
public class SelfServiceSchema implements ModuleSchema {

  @Override
  public String name() {
    return "selfservice";
  }
}
