package org.example.portal.core.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.Set;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.ui.FormErrors;

/**
 * Manages one account. Roles, tier, access and the invitation are separate use cases, so each has its own
 * button and takes effect on its own; a refusal shows beside the part it is about.
 */
class AccountDialog extends Dialog {

  private final AccountService service;
  private final long accountId;
  private final String email;
  private final long adminId;
  private final Runnable changed;
  private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
  private final Select<Tier> tier = new Select<>();
  private final Button access = new Button();
  private boolean enabled;

  AccountDialog(AccountService service, Account account, long adminId, Runnable changed) {
    this.service = service;
    this.accountId = account.getId();
    this.email = account.getEmail();
    this.adminId = adminId;
    this.changed = changed;
    setHeaderTitle(account.getDisplayName());
    setWidth("min(36em, 100%)");

    roles.setId("account-roles");
    roles.setLabel(getTranslation("admin.accounts.roles"));
    roles.setItems(Role.values());
    roles.setItemLabelGenerator(r -> Labels.role(this, r));
    roles.setValue(account.getRoles());
    Button saveRoles = new Button(getTranslation("admin.accounts.saveRoles"), e -> saveRoles());
    saveRoles.setId("account-roles-save");

    tier.setId("account-tier");
    tier.setLabel(getTranslation("admin.accounts.tier"));
    tier.setHelperText(getTranslation("admin.accounts.tier.help"));
    tier.setItems(Tier.values());
    tier.setWidthFull();
    tier.setItemLabelGenerator(t -> Labels.tier(this, t));
    tier.setValue(account.getTier());
    Button saveTier = new Button(getTranslation("admin.accounts.saveTier"), e -> saveTier());
    saveTier.setId("account-tier-save");

    access.setId("account-enabled-toggle");
    access.addClickListener(e -> toggleAccess());
    showAccess(account.isEnabled());

    VerticalLayout content = new VerticalLayout(new Paragraph(email), roles, saveRoles, tier, saveTier, access);
    content.setPadding(false);
    if (!account.hasPassword()) {
      Button resend = new Button(getTranslation("admin.accounts.resend"), e -> resend());
      resend.setId("account-resend");
      content.add(new Paragraph(getTranslation("admin.accounts.pending")), resend);
    }
    add(content);

    Button close = new Button(getTranslation("action.close"), e -> close());
    close.setId("account-close");
    getFooter().add(close);
  }

  private void saveRoles() {
    try {
      service.changeRoles(accountId, Set.copyOf(roles.getValue()), adminId);
    } catch (RuntimeException failure) {
      FormErrors.show(failure, Map.of("roles", roles));
      return;
    }
    FormErrors.clear(Map.of("roles", roles));
    saved(getTranslation("account.saved"));
  }

  private void saveTier() {
    try {
      service.changeTier(accountId, tier.getValue());
    } catch (RuntimeException failure) {
      FormErrors.show(failure, Map.of("tier", tier));
      return;
    }
    FormErrors.clear(Map.of("tier", tier));
    saved(getTranslation("account.saved"));
  }

  /** A refusal (an admin disabling their own account) has no field to sit beside; the error handler shows it. */
  private void toggleAccess() {
    Account account = service.setEnabled(accountId, !enabled, adminId);
    showAccess(account.isEnabled());
    saved(getTranslation("account.saved"));
  }

  private void resend() {
    service.resendInvitation(accountId);
    saved(getTranslation("admin.accounts.resent", email));
  }

  private void showAccess(boolean enabled) {
    this.enabled = enabled;
    access.setText(getTranslation(enabled ? "admin.accounts.disable" : "admin.accounts.enable"));
    access.removeThemeVariants(ButtonVariant.LUMO_ERROR);
    if (enabled) {
      access.addThemeVariants(ButtonVariant.LUMO_ERROR);
    }
  }

  private void saved(String text) {
    Notification.show(text, 3000, Notification.Position.BOTTOM_START);
    changed.run();
  }
}
