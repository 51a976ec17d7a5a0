package org.example.portal.core.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Map;
import java.util.function.Consumer;
import org.example.portal.core.account.application.NewPassword;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.ui.FormErrors;

/** Choosing a password through an e-mailed one-time link: the base of reset and invitation pages. */
abstract class SetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final String titleKey;
  private String token;

  SetPasswordView(String titleKey, Consumer<NewPassword> use) {
    this.titleKey = titleKey;
    addClassNames("portal-page", "portal-narrow");
    PasswordField password = new PasswordField(getTranslation("register.password"));
    password.setId("password");
    password.setHelperText(getTranslation("register.password.help", Account.PASSWORD_MIN_LENGTH));
    password.setMaxLength(Account.PASSWORD_MAX_LENGTH);
    password.setWidthFull();
    PasswordField confirm = new PasswordField(getTranslation("register.confirm"));
    confirm.setId("confirm-password");
    confirm.setWidthFull();
    Map<String, HasValidation> fields = Map.of("password", password, "token", password);
    Button save = new Button(getTranslation("password.save"));
    save.setId("password-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e -> {
          FormErrors.clear(Map.of("password", password, "confirm", confirm));
          if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("register.confirm.mismatch"));
            confirm.setInvalid(true);
            return;
          }
          try {
            use.accept(new NewPassword(token, password.getValue()));
          } catch (RuntimeException failure) {
            FormErrors.show(failure, fields);
            return;
          }
          Notification.show(getTranslation("password.saved"), 5000, Notification.Position.TOP_CENTER);
          getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
    add(new H2(getTranslation(titleKey)), password, confirm, save);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
  }

  @Override
  public String getPageTitle() {
    return getTranslation(titleKey);
  }
}
