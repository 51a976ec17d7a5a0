package org.example.portal.core.account.security;

import jakarta.security.enterprise.credential.AbstractClearableCredential;

/** A personal API token sent as {@code Authorization: Bearer pat_...}. */
public class ApiTokenCredential extends AbstractClearableCredential {

  private final String token;

  public ApiTokenCredential(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }

  @Override
  protected void clearCredential() {
    // A String cannot be wiped; the token is dropped with the credential.
  }
}
