package org.example.portal.core.account.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.ui.MainLayout;

/** Where a password reset link leads. */
@Route(value = "reset-password", layout = MainLayout.class)
@AnonymousAllowed
public class ResetPasswordView extends SetPasswordView {

  @Inject
  public ResetPasswordView(AccountService accounts) {
    super("reset.title", accounts::resetPassword);
  }
}
