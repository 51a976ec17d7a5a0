package org.example.portal.core.rest;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/** The signed-in caller of a REST request, whose principal name is their account id. */
public final class Caller {

  private Caller() {}

  public static long id(SecurityContext security) {
    if (security.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Basic realm=\"portal\"");
    }
    return Long.parseLong(security.getUserPrincipal().getName());
  }
}
