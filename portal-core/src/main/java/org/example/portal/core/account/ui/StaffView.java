package org.example.portal.core.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;

/**
 * Admins list the accounts holding a role, invite staff, and change an account's roles, tier and access.
 * Each row opens one dialog for all of that account's changes, so the grid stays narrow enough for a phone.
 */
@Route(value = "admin/accounts", layout = MainLayout.class)
@Menu(title = "menu.admin.accounts", order = 80, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
public class StaffView extends Div implements HasDynamicTitle {

  private final AccountService service;
  private final Accounts accounts;
  private final long adminId;
  private final Select<Role> role = new Select<>();
  private final Grid<Account> grid = new Grid<>(Account.class, false);

  @Inject
  public StaffView(AccountService service, Accounts accounts) {
    this.service = service;
    this.accounts = accounts;
    this.adminId = SignedInUser.current().orElseThrow().id();
    addClassName("portal-page");
    setId("staff");

    role.setId("staff-role");
    role.setLabel(getTranslation("admin.accounts.role"));
    role.setItems(Role.values());
    role.setEmptySelectionAllowed(true);
    role.setEmptySelectionCaption(getTranslation("admin.accounts.allStaff"));
    role.setItemLabelGenerator(r -> r == null ? getTranslation("admin.accounts.allStaff") : Labels.role(this, r));
    role.setValue(Role.SUPPORT_AGENT);
    role.addValueChangeListener(e -> refresh());

    Button invite = new Button(getTranslation("admin.accounts.invite"), VaadinIcon.PLUS.create(),
        e -> new InviteStaffDialog(service, this::refresh).open());
    invite.setId("staff-invite");
    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout toolbar = new HorizontalLayout(role, invite);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    toolbar.setWrap(true);

    grid.setId("staff-accounts");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(twoLines(Account::getDisplayName, Account::getEmail))
        .setHeader(getTranslation("admin.accounts.account")).setFlexGrow(2);
    grid.addColumn(twoLines(this::roleNames, a -> Labels.tier(this, a.getTier())))
        .setHeader(getTranslation("admin.accounts.roles"));
    grid.addColumn(twoLines(this::access, this::invitation)).setHeader(getTranslation("admin.accounts.status"));
    grid.addComponentColumn(this::manageButton).setAutoWidth(true).setFlexGrow(0);
    grid.setAllRowsVisible(true);
    refresh();

    add(new H2(getTranslation("admin.accounts.title")), toolbar, grid);
  }

  private static LitRenderer<Account> twoLines(ValueProvider<Account, ?> first, ValueProvider<Account, ?> second) {
    return LitRenderer.<Account>of(
            "<div>${item.first}</div>"
                + "<div style=\"font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)\">"
                + "${item.second}</div>")
        .withProperty("first", first)
        .withProperty("second", second);
  }

  private String roleNames(Account account) {
    return account.getRoles().stream().sorted().map(r -> Labels.role(this, r)).collect(Collectors.joining(", "));
  }

  private String access(Account account) {
    return getTranslation(account.isEnabled() ? "admin.accounts.enabled" : "admin.accounts.disabled");
  }

  private String invitation(Account account) {
    return account.hasPassword() ? "" : getTranslation("admin.accounts.pending");
  }

  private Button manageButton(Account account) {
    Button manage = new Button(getTranslation("admin.accounts.manage"),
        e -> new AccountDialog(service, account, adminId, this::refresh).open());
    manage.setId("account-manage-" + account.getId());
    manage.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    return manage;
  }

  private void refresh() {
    grid.setItems(role.getValue() == null ? allStaff() : accounts.findByRole(role.getValue()));
  }

  /** Everyone holding any staff role, once each, even when they hold several. */
  private List<Account> allStaff() {
    Map<Long, Account> byId = new LinkedHashMap<>();
    Role.STAFF.forEach(r -> accounts.findByRole(r).forEach(a -> byId.putIfAbsent(a.getId(), a)));
    return byId.values().stream().sorted(Comparator.comparing(Account::getDisplayName, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("admin.accounts.title");
  }
}
