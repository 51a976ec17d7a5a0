package org.example.portal.core.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.example.portal.core.ui.MainLayout;

/** Sign in with e-mail and password. */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final LoginForm form = new LoginForm();
  private String returnTo = "/";

  @Inject
  public LoginView(SignIn signIn) {
    addClassNames("portal-page", "portal-narrow");
    form.setId("login-form");
    form.setI18n(i18n());
    form.addLoginListener(
        e -> {
          if (!signIn.signIn(e.getUsername(), e.getPassword(), returnTo)) {
            form.setError(true);
            form.setEnabled(true);
          }
        });
    form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
    Anchor register = new Anchor("register", getTranslation("login.noAccount"));
    register.setId("go-register");
    add(form, register);
  }

  private LoginI18n i18n() {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle(getTranslation("login.title"));
    i18n.getForm().setUsername(getTranslation("login.email"));
    i18n.getForm().setPassword(getTranslation("login.password"));
    i18n.getForm().setSubmit(getTranslation("action.signIn"));
    i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
    i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
    i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
    return i18n;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getLocation().getQueryParameters();
    returnTo = params.getSingleParameter("return").orElse("/");
    if (params.getParameters().containsKey("signedOut")) {
      Notification.show(getTranslation("login.signedOut"), 4000, Notification.Position.TOP_CENTER);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title");
  }
}
