package org.example.portal.core.error;

/** The person did something too often in a short time; the message says when they can do it again. */
public class TooManyRequestsException extends PortalException {

  public TooManyRequestsException(String message) {
    super(Kind.TOO_MANY_REQUESTS, message);
  }
}
