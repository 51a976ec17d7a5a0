package org.example.portal.pricingbids.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.example.portal.core.persistence.ModuleSchema;

/** The bids module's own tables, prefixed {@code bids_}. */
@ApplicationScoped
public class BidsSchema implements ModuleSchema {

  @Override
  public String name() {
    return "bids";
  }
}
