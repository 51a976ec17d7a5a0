package org.example.portal.core.account.application;

import org.example.portal.core.account.domain.ApiToken;

/** A freshly created token with its secret, which is shown this once and never stored. */
public record IssuedApiToken(ApiToken token, String secret) {}
