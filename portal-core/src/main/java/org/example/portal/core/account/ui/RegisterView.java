package org.example.portal.core.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.Map;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.account.application.Registration;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.i18n.Translations;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;

/** A customer creates an account and is signed in straight away. */
@Route(value = "register", layout = MainLayout.class)
@AnonymousAllowed
public class RegisterView extends Div implements HasDynamicTitle {

  private final EmailField email = new EmailField();
  private final TextField displayName = new TextField();
  private final PasswordField password = new PasswordField();
  private final PasswordField confirm = new PasswordField();

  @Inject
  public RegisterView(AccountService accounts, SignIn signIn) {
    addClassNames("portal-page", "portal-narrow");
    email.setId("email");
    email.setLabel(getTranslation("register.email"));
    email.setMaxLength(Account.EMAIL_MAX_LENGTH);
    email.setRequiredIndicatorVisible(true);
    displayName.setId("display-name");
    displayName.setLabel(getTranslation("register.displayName"));
    displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
    displayName.setRequiredIndicatorVisible(true);
    password.setId("password");
    password.setLabel(getTranslation("register.password"));
    password.setHelperText(getTranslation("register.password.help", Account.PASSWORD_MIN_LENGTH));
    password.setMaxLength(Account.PASSWORD_MAX_LENGTH);
    password.setRequiredIndicatorVisible(true);
    confirm.setId("confirm-password");
    confirm.setLabel(getTranslation("register.confirm"));
    confirm.setRequiredIndicatorVisible(true);

    Map<String, HasValidation> fields =
        Map.of("email", email, "displayName", displayName, "password", password, "confirm", confirm);
    Button submit = new Button(getTranslation("register.submit"));
    submit.setId("register-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
    submit.addClickListener(
        e -> {
          FormErrors.clear(fields);
          if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("register.confirm.mismatch"));
            confirm.setInvalid(true);
            return;
          }
          String language = Translations.supported(UI.getCurrent().getLocale()).getLanguage();
          try {
            accounts.registerCustomer(
                new Registration(email.getValue(), displayName.getValue(), password.getValue(), language));
          } catch (RuntimeException failure) {
            FormErrors.show(failure, fields);
            return;
          }
          signIn.signIn(email.getValue(), password.getValue(), "/");
        });
    FormLayout form = new FormLayout(email, displayName, password, confirm);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    Anchor login = new Anchor("login", getTranslation("register.haveAccount"));
    add(new H2(getTranslation("register.title")), form, submit, new Div(login));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("register.title");
  }
}
