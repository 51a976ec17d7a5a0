package org.example.portal.core.account.domain;

import java.util.EnumSet;
import java.util.Set;

/** What an account may do. Customers register themselves; every other role is given by an admin. */
public enum Role {
  CUSTOMER,
  SUPPORT_AGENT,
  PRODUCT_MANAGER,
  TRIAGE_LEAD,
  ADMIN;

  /** Role names as constants, for {@code @RolesAllowed}. */
  public static final class Names {
    public static final String CUSTOMER = "CUSTOMER";
    public static final String SUPPORT_AGENT = "SUPPORT_AGENT";
    public static final String PRODUCT_MANAGER = "PRODUCT_MANAGER";
    public static final String TRIAGE_LEAD = "TRIAGE_LEAD";
    public static final String ADMIN = "ADMIN";

    private Names() {}
  }

  public static final Set<Role> STAFF = EnumSet.of(SUPPORT_AGENT, PRODUCT_MANAGER, TRIAGE_LEAD, ADMIN);

  public boolean isStaff() {
    return STAFF.contains(this);
  }
}
