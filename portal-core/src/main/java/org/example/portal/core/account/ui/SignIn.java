package org.example.portal.core.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** Signs a person in from the UI and reloads the page, so every part of it sees the new identity. */
@ApplicationScoped
public class SignIn {

  @Inject SecurityContext securityContext;

  /** True when the e-mail and password are right; the browser then goes to {@code returnTo}. */
  public boolean signIn(String email, String password, String returnTo) {
    if (email == null || email.isBlank() || password == null || password.isEmpty()) {
      return false;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            VaadinServletRequest.getCurrent().getHttpServletRequest(),
            VaadinServletResponse.getCurrent().getHttpServletResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email.strip(), new Password(password)))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      return false;
    }
    UI.getCurrent().getPage().setLocation(safeReturn(returnTo));
    return true;
  }

  /** Only paths inside the portal, so a crafted link cannot send someone elsewhere after signing in. */
  static String safeReturn(String returnTo) {
    if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")) {
      return "/";
    }
    return returnTo;
  }
}
