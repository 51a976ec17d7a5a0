package org.example.portal.core.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One mechanism for both ways in. REST clients send HTTP Basic or a personal API token on every request
 * and never get a session. The web UI signs in once through {@link
 * jakarta.security.enterprise.SecurityContext#authenticate} and is remembered in its HTTP session.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

  static final String SESSION_CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";

  @Inject IdentityStoreHandler identityStores;

  /** Who signed in through the UI: kept in the session so later requests skip the password check. */
  record SessionCaller(String name, Set<String> groups) implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      Credential credential = credentialFrom(authorization);
      CredentialValidationResult result =
          credential == null ? CredentialValidationResult.INVALID_RESULT : identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return rejectApiCall(response);
    }
    if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
      CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      // A new session id on sign-in, so a session id planted before it is worth nothing after.
      request.changeSessionId();
      request
          .getSession()
          .setAttribute(
              SESSION_CALLER,
              new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  static Credential credentialFrom(String authorization) {
    int space = authorization.indexOf(' ');
    if (space < 0) {
      return null;
    }
    String scheme = authorization.substring(0, space);
    String value = authorization.substring(space + 1).strip();
    if (scheme.equalsIgnoreCase("Bearer") && !value.isEmpty()) {
      return new ApiTokenCredential(value);
    }
    if (scheme.equalsIgnoreCase("Basic")) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
    return null;
  }

  /** Wrong credentials on an API call: 401 as problem+json, committed so nothing rewrites it. */
  private static AuthenticationStatus rejectApiCall(HttpServletResponse response) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"portal\", Bearer realm=\"portal\"");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"The e-mail and password, or the API token, are not valid.\"}");
      response.flushBuffer();
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not tell an API client its credentials were rejected; it went away", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
