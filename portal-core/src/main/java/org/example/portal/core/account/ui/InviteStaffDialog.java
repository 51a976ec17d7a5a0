package org.example.portal.core.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.account.application.Invitation;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.ui.FormErrors;

/** An admin invites a staff member; the service creates the account and e-mails the link to set a password. */
class InviteStaffDialog extends Dialog {

  private final EmailField email = new EmailField();
  private final TextField displayName = new TextField();
  private final CheckboxGroup<Role> roles = new CheckboxGroup<>();

  InviteStaffDialog(AccountService service, Runnable invited) {
    setHeaderTitle(getTranslation("admin.accounts.invite"));
    email.setId("invite-email");
    email.setLabel(getTranslation("register.email"));
    email.setMaxLength(Account.EMAIL_MAX_LENGTH);
    email.setRequiredIndicatorVisible(true);
    displayName.setId("invite-display-name");
    displayName.setLabel(getTranslation("register.displayName"));
    displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
    displayName.setRequiredIndicatorVisible(true);
    // Customers register themselves, so an invitation offers staff roles only.
    roles.setId("invite-roles");
    roles.setLabel(getTranslation("admin.accounts.roles"));
    roles.setItems(Role.STAFF);
    roles.setItemLabelGenerator(r -> Labels.role(this, r));
    roles.setRequiredIndicatorVisible(true);

    FormLayout form = new FormLayout(email, displayName, roles);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    form.setColspan(roles, 2);
    add(form);

    Map<String, HasValidation> fields = Map.of("email", email, "displayName", displayName, "roles", roles);
    Button submit = new Button(getTranslation("admin.accounts.invite.submit"), e -> {
      Account account;
      try {
        account = service.inviteStaff(new Invitation(email.getValue(), displayName.getValue(), Set.copyOf(roles.getValue())));
      } catch (RuntimeException failure) {
        FormErrors.show(failure, fields);
        return;
      }
      close();
      Notification.show(getTranslation("admin.accounts.invited", account.getEmail()), 4000, Notification.Position.BOTTOM_START);
      invited.run();
    });
    submit.setId("invite-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("action.cancel"), e -> close());
    cancel.setId("invite-cancel");
    getFooter().add(cancel, submit);
  }
}
