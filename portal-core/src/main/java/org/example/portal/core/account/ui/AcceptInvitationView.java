package org.example.portal.core.account.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.ui.MainLayout;

/** Where a staff invitation link leads: the new staff member chooses a password. */
@Route(value = "accept-invitation", layout = MainLayout.class)
@AnonymousAllowed
public class AcceptInvitationView extends SetPasswordView {

  @Inject
  public AcceptInvitationView(AccountService accounts) {
    super("invitation.title", accounts::acceptInvitation);
  }
}
