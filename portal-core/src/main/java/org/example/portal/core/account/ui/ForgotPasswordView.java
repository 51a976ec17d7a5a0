package org.example.portal.core.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.ui.MainLayout;

/** Asks for a password reset link by e-mail. */
@Route(value = "forgot-password", layout = MainLayout.class)
@AnonymousAllowed
public class ForgotPasswordView extends Div implements HasDynamicTitle {

  @Inject
  public ForgotPasswordView(AccountService accounts) {
    addClassNames("portal-page", "portal-narrow");
    EmailField email = new EmailField(getTranslation("register.email"));
    email.setId("email");
    email.setWidthFull();
    Paragraph done = new Paragraph();
    done.setId("reset-requested");
    Button send = new Button(getTranslation("forgot.submit"));
    send.setId("forgot-submit");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(
        e -> {
          if (email.getValue().isBlank() || email.isInvalid()) {
            email.setErrorMessage(getTranslation("forgot.email.invalid"));
            email.setInvalid(true);
            return;
          }
          accounts.requestPasswordReset(email.getValue());
          // The same answer whether or not the address has an account.
          done.setText(getTranslation("forgot.sent", email.getValue()));
          send.setEnabled(false);
        });
    add(new H2(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.text")), email, send, done);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("forgot.title");
  }
}
