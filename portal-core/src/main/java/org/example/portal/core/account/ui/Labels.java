package org.example.portal.core.account.ui;

import com.vaadin.flow.component.Component;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.account.domain.Tier;

/** The names people read for roles and tiers, in the language of the component's UI. */
final class Labels {

  private Labels() {}

  static String role(Component component, Role role) {
    return component.getTranslation("role." + role.name());
  }

  static String tier(Component component, Tier tier) {
    return component.getTranslation("tier." + tier.name());
  }
}
