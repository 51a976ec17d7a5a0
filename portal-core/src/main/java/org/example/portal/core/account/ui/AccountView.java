package org.example.portal.core.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.account.application.IssuedApiToken;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.ApiToken;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;

/** A person's own account: display name and personal API tokens for scripts. */
@Route(value = "account", layout = MainLayout.class)
@Menu(title = "menu.account", order = 90, icon = "vaadin:user")
@PermitAll
public class AccountView extends Div implements HasDynamicTitle {

  private final AccountService service;
  private final long accountId;
  private final Grid<ApiToken> tokens = new Grid<>(ApiToken.class, false);

  @Inject
  public AccountView(AccountService service, Accounts accounts) {
    this.service = service;
    this.accountId = SignedInUser.current().orElseThrow().id();
    addClassName("portal-page");
    Account account = accounts.get(accountId);

    TextField displayName = new TextField(getTranslation("register.displayName"), account.getDisplayName(), "");
    displayName.setId("display-name");
    displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
    Button save = new Button(getTranslation("action.save"), e -> {
      try {
        service.updateProfile(accountId, displayName.getValue(), null);
        FormErrors.clear(Map.of("displayName", displayName));
        Notification.show(getTranslation("account.saved"), 3000, Notification.Position.BOTTOM_START);
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of("displayName", displayName));
      }
    });
    save.setId("profile-save");
    HorizontalLayout profile = new HorizontalLayout(displayName, save);
    profile.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);

    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(getLocale()).withZone(ZoneId.systemDefault());
    tokens.setId("api-tokens");
    tokens.addColumn(ApiToken::getName).setHeader(getTranslation("tokens.name"));
    tokens.addColumn(t -> format(format, t.getCreatedAt())).setHeader(getTranslation("tokens.created"));
    tokens.addColumn(t -> t.getExpiresAt() == null ? getTranslation("tokens.never") : format(format, t.getExpiresAt()))
        .setHeader(getTranslation("tokens.expires"));
    tokens.addColumn(t -> format(format, t.getLastUsedAt())).setHeader(getTranslation("tokens.lastUsed"));
    tokens.addComponentColumn(t -> {
      Button revoke = new Button(getTranslation("tokens.revoke"), e -> {
        service.revokeApiToken(accountId, t.getId());
        refresh();
      });
      revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      return revoke;
    });
    tokens.setAllRowsVisible(true);
    Button create = new Button(getTranslation("tokens.create"), e -> openCreateDialog());
    create.setId("create-token");
    refresh();

    add(new H2(getTranslation("account.title")), new Paragraph(account.getEmail()), profile,
        new H3(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.text")), create, tokens);
  }

  private static String format(DateTimeFormatter format, Instant instant) {
    return instant == null ? "" : format.format(instant);
  }

  private void refresh() {
    tokens.setItems(service.apiTokens(accountId));
  }

  private void openCreateDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("tokens.create"));
    TextField name = new TextField(getTranslation("tokens.name"));
    name.setId("token-name");
    name.setMaxLength(ApiToken.NAME_MAX_LENGTH);
    IntegerField days = new IntegerField(getTranslation("tokens.validDays"));
    days.setId("token-days");
    days.setMin(1);
    days.setMax(AccountService.API_TOKEN_MAX_DAYS);
    days.setValue(90);
    Map<String, HasValidation> fields = Map.of("name", name, "validDays", days);
    Button ok = new Button(getTranslation("tokens.create"), e -> {
      IssuedApiToken issued;
      try {
        issued = service.issueApiToken(accountId, name.getValue(), days.getValue());
      } catch (RuntimeException failure) {
        FormErrors.show(failure, fields);
        return;
      }
      dialog.removeAll();
      TextField secret = new TextField(getTranslation("tokens.secret"), issued.secret(), "");
      secret.setId("token-secret");
      secret.setReadOnly(true);
      secret.setWidthFull();
      dialog.add(new Paragraph(getTranslation("tokens.secret.once")), secret);
      dialog.getFooter().removeAll();
      dialog.getFooter().add(new Button(getTranslation("action.close"), c -> dialog.close()));
      refresh();
    });
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    ok.setId("token-create-submit");
    dialog.add(name, days);
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("account.title");
  }
}
