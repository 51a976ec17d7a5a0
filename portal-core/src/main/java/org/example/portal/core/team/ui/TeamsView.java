package org.example.portal.core.team.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.team.application.TeamService;
import org.example.portal.core.team.domain.Team;
import org.example.portal.core.ui.MainLayout;

/** Admins create teams, choose their staff members and the product areas they cover, and delete them. */
@Route(value = "admin/teams", layout = MainLayout.class)
@Menu(title = "menu.admin.teams", order = 82, icon = "vaadin:group")
@RolesAllowed(Role.Names.ADMIN)
public class TeamsView extends Div implements HasDynamicTitle {

  private static final String SECONDARY = "font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)";
  private static final String ICON = "width: var(--lumo-icon-size-s); height: var(--lumo-icon-size-s); color: var(--lumo-secondary-text-color)";

  private final TeamService teams;
  private final CatalogService catalog;
  private final Accounts accounts;
  private final Grid<Team> grid = new Grid<>(Team.class, false);
  private List<ProductArea> areas = List.of();
  private Map<Long, Account> people = Map.of();

  @Inject
  public TeamsView(TeamService teams, CatalogService catalog, Accounts accounts) {
    this.teams = teams;
    this.catalog = catalog;
    this.accounts = accounts;
    addClassName("portal-page");

    Button create = new Button(getTranslation("admin.teams.new"), e -> edit(null));
    create.setId("team-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    grid.setId("teams");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    // Two lines per cell and icon buttons keep the grid narrow enough for a phone.
    grid.addColumn(
            LitRenderer.<Team>of("<div>${item.name}</div><div style=\"" + SECONDARY + "\">${item.kind}</div>")
                .withProperty("name", Team::getName)
                .withProperty("kind", t -> getTranslation("admin.teams.kind." + t.getKind().name())))
        .setHeader(getTranslation("admin.teams.team"))
        .setFlexGrow(1);
    // Icons tell the two lines apart, so either may be empty without confusion.
    grid.addColumn(
            LitRenderer.<Team>of(
                    "<div><vaadin-icon icon=\"vaadin:package\" style=\"" + ICON + "\"></vaadin-icon> ${item.areas}</div>"
                        + "<div><vaadin-icon icon=\"vaadin:user\" style=\"" + ICON + "\"></vaadin-icon> ${item.members}</div>")
                .withProperty("areas", t -> areaNames(t.getAreaIds()))
                .withProperty("members", t -> memberNames(t.getMemberIds())))
        .setHeader(getTranslation("admin.teams.coverage"))
        .setFlexGrow(2);
    grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);

    refresh();
    add(new H2(getTranslation("admin.teams.title")), create, grid);
  }

  private HorizontalLayout actions(Team team) {
    Button edit = iconButton(VaadinIcon.EDIT, "action.edit", e -> edit(team));
    edit.setId("team-edit-" + team.getId());
    Button delete = iconButton(VaadinIcon.TRASH, "admin.teams.delete", e -> confirmDelete(team));
    delete.setId("team-delete-" + team.getId());
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    HorizontalLayout actions = new HorizontalLayout(edit, delete);
    actions.setSpacing(false);
    return actions;
  }

  private Button iconButton(VaadinIcon icon, String key, ComponentEventListener<ClickEvent<Button>> action) {
    Button button = new Button(icon.create(), action);
    button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
    button.setAriaLabel(getTranslation(key));
    button.setTooltipText(getTranslation(key));
    return button;
  }

  private void edit(Team team) {
    new TeamDialog(teams, team, areas, List.copyOf(people.values()), this::refresh).open();
  }

  private void confirmDelete(Team team) {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setHeader(getTranslation("admin.teams.delete.title", team.getName()));
    confirm.setText(getTranslation("admin.teams.delete.text"));
    Button cancel = new Button(getTranslation("action.cancel"), e -> confirm.close());
    cancel.setId("team-delete-cancel");
    Button ok = new Button(getTranslation("admin.teams.delete"), e -> {
      teams.deleteTeam(team.getId());
      confirm.close();
      Notification.show(getTranslation("admin.teams.deleted", team.getName()), 3000, Notification.Position.BOTTOM_START);
      refresh();
    });
    ok.setId("team-delete-confirm");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    confirm.setCancelable(true);
    confirm.setCancelButton(cancel);
    confirm.setConfirmButton(ok);
    confirm.open();
  }

  private void refresh() {
    List<Team> all = teams.teams();
    areas = catalog.areas();
    people = candidates(all);
    grid.setItems(all);
  }

  /**
   * Everyone who may be chosen as a member: all staff, plus current members who have lost their staff
   * roles, so they still show by name (and the service explains why they cannot stay).
   */
  private Map<Long, Account> candidates(List<Team> all) {
    Map<Long, Account> byId = new LinkedHashMap<>();
    Role.STAFF.forEach(r -> accounts.findByRole(r).forEach(a -> byId.putIfAbsent(a.getId(), a)));
    all.stream()
        .flatMap(t -> t.getMemberIds().stream())
        .filter(id -> !byId.containsKey(id))
        .distinct()
        .forEach(id -> accounts.findById(id).ifPresent(a -> byId.put(id, a)));
    return byId.values().stream()
        .sorted(Comparator.comparing(Account::getDisplayName, String.CASE_INSENSITIVE_ORDER))
        .collect(Collectors.toMap(Account::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  private String areaNames(Collection<Long> ids) {
    return areas.stream().filter(a -> ids.contains(a.getId())).map(ProductArea::getName).collect(Collectors.joining(", "));
  }

  private String memberNames(Collection<Long> ids) {
    return ids.stream()
        .map(people::get)
        .filter(Objects::nonNull)
        .map(Account::getDisplayName)
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .collect(Collectors.joining(", "));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("admin.teams.title");
  }
}
