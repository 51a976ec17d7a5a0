package org.example.portal.core.error;

/** The caller is signed in but their roles do not allow this action. */
public class ForbiddenActionException extends PortalException {

  public ForbiddenActionException(String message) {
    super(Kind.FORBIDDEN, message);
  }
}
