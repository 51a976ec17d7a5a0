package org.example.portal.core.account.domain;

import org.example.portal.core.error.InvalidInputException;

/** A password reset or invitation link that is unknown, already used or expired. */
public class InvalidLinkException extends InvalidInputException {

  public InvalidLinkException() {
    super("token", "This link is invalid, was already used or has expired. Ask for a new one.");
  }
}
