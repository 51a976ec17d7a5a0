package org.example.portal.core.rest;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import org.example.portal.core.account.domain.Role;

/** The signed-in caller of a REST request, whose principal name is their account id. */
public final class Caller {

  private Caller() {}

  public static long id(SecurityContext security) {
    if (security.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Basic realm=\"portal\"");
    }
    return Long.parseLong(security.getUserPrincipal().getName());
  }

  /** The caller's id, or null when the request is anonymous. */
  public static Long idOrNull(SecurityContext security) {
    return security.getUserPrincipal() == null ? null : Long.valueOf(security.getUserPrincipal().getName());
  }

  /** Whether the caller has a staff role (anyone but customers and anonymous callers). */
  public static boolean isStaff(SecurityContext security) {
    return Role.STAFF.stream().anyMatch(r -> security.isUserInRole(r.name()));
  }
}
