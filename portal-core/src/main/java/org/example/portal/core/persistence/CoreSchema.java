package org.example.portal.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/** Core's own tables: accounts, teams, the product catalog and the notification outbox. */
@ApplicationScoped
public class CoreSchema implements ModuleSchema {

  @Override
  public String name() {
    return "core";
  }

  @Override
  public int order() {
    return 0;
  }
}
