package org.example.portal.core.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Locale;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.ui.LoginView;

/**
 * Enforces {@code @AnonymousAllowed}, {@code @PermitAll} and {@code @RolesAllowed} on every view, the same
 * annotations the REST API uses. A view without any of them is closed. Anonymous visitors are sent to the
 * login page and come back after signing in; signed-in users without the role see a polite refusal.
 */
@ApplicationScoped
public class ViewAccess {

  private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

  @Inject Accounts accounts;

  @Inject PortalErrorHandler errorHandler;

  void onServiceInit(@Observes ServiceInitEvent event) {
    event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(errorHandler));
    event
        .getSource()
        .addUIInitListener(
            e -> {
              refreshUser(e.getUI().getSession());
              SignedInUser.current().ifPresent(u -> e.getUI().setLocale(Locale.of(u.language())));
              e.getUI().addBeforeEnterListener(this::check);
            });
  }

  /** Called on every page load, so signing in or out is reflected after the reload that follows it. */
  private void refreshUser(VaadinSession session) {
    VaadinServletRequest request = VaadinServletRequest.getCurrent();
    Principal principal = request == null ? null : request.getUserPrincipal();
    if (principal == null) {
      SignedInUser.set(session, null);
      return;
    }
    accounts
        .findById(Long.parseLong(principal.getName()))
        .ifPresentOrElse(
            a -> SignedInUser.set(session, new SignedInUser(a.getId(), a.getDisplayName(), a.getLanguage(), a.getRoles())),
            () -> SignedInUser.set(session, null));
  }

  private void check(BeforeEnterEvent event) {
    Class<?> target = event.getNavigationTarget();
    var user = SignedInUser.current();
    if (hasAccess(target, user.orElse(null))) {
      return;
    }
    if (user.isEmpty()) {
      String path = event.getLocation().getPathWithQueryParameters();
      event.forwardTo(LoginView.class, com.vaadin.flow.router.QueryParameters.of("return", "/" + path));
    } else {
      event.rerouteToError(AccessDeniedException.class, "");
    }
  }

  /** The same rule the menu uses to decide which views to list. */
  public boolean hasAccess(Class<?> view, SignedInUser user) {
    Principal principal = user == null ? null : () -> String.valueOf(user.id());
    return checker.hasAccess(view, principal, role -> user != null && user.hasRole(role));
  }
}
