package org.example.portal.core.account.domain;

import org.example.portal.core.error.ConflictException;

/** Somebody tried to register, or to invite, an e-mail address that already has an account. */
public class EmailAlreadyRegisteredException extends ConflictException {

  public EmailAlreadyRegisteredException(String email) {
    super(
        "email",
        "An account with the e-mail address "
            + email
            + " already exists. Sign in, or use \"Forgot password\" if you no longer know the password.");
  }
}
