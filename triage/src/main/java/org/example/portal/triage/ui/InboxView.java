package org.example.portal.triage.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.team.application.TeamService;
import org.example.portal.core.team.domain.Team;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.triage.application.Directory;
import org.example.portal.triage.application.DuplicateService;
import org.example.portal.triage.application.InboxQuery;
import org.example.portal.triage.application.InboxService;
import org.example.portal.triage.application.ItemAction;
import org.example.portal.triage.application.SavedViews;
import org.example.portal.triage.application.Viewer;
import org.example.portal.triage.domain.InboxItem;
import org.example.portal.triage.domain.Priority;
import org.example.portal.triage.domain.SavedView;

/**
 * The staff inbox: every submission, newest first, narrowed by filters and search, with bulk actions on the
 * chosen items. Keyboard: the grid moves with the arrow keys and Space selects; Alt+F goes to the search,
 * Alt+X closes the chosen items.
 */
@Route(value = "staff/inbox", layout = MainLayout.class)
@Menu(title = "menu.triage.inbox", order = 40, icon = "vaadin:inbox")
@RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class InboxView extends Div implements HasDynamicTitle {

  private static final String SECONDARY = "font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)";
  /** The team filter's choice for items no team has yet. */
  private static final long QUEUE = -1L;

  private final InboxService inbox;
  private final SavedViews views;
  private final Directory directory;
  private final DuplicateService duplicates;
  private final Viewer viewer;
  private final List<Team> teams;

  private final Select<String> kind = new Select<>();
  private final Select<Long> team = new Select<>();
  private final Select<ProductArea> area = new Select<>();
  private final TextField status = new TextField();
  private final Select<Tier> tier = new Select<>();
  private final Checkbox unassigned = new Checkbox();
  private final Select<String> age = new Select<>();
  private final Select<String> state = new Select<>();
  private final TextField search = new TextField();
  private final Select<SavedView> saved = new Select<>();
  private final Grid<InboxItem> grid = new Grid<>(InboxItem.class, false);
  private Directory.Names names;

  @Inject
  public InboxView(InboxService inbox, SavedViews views, Directory directory, DuplicateService duplicates, TeamService teamService,
      CatalogService catalog) {
    this.inbox = inbox;
    this.views = views;
    this.directory = directory;
    this.duplicates = duplicates;
    SignedInUser me = SignedInUser.current().orElseThrow();
    this.viewer = inbox.viewer(me.id(), me.hasRole(Role.TRIAGE_LEAD) || me.hasRole(Role.ADMIN));
    this.teams = teamService.teams();
    this.names = directory.names();
    addClassName("portal-page");

    kind.setId("inbox-kind");
    kind.setLabel(getTranslation("triage.kind"));
    List<String> kinds = new ArrayList<>(List.of(""));
    inbox.sources().forEach(s -> kinds.add(s.kind()));
    kind.setItems(kinds);
    kind.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("triage.any") : getTranslation("triage.kind." + k));
    kind.setValue("");

    team.setId("inbox-team");
    team.setLabel(getTranslation("triage.team"));
    List<Long> teamChoices = new ArrayList<>(Arrays.asList(0L, QUEUE));
    teams.forEach(t -> teamChoices.add(t.getId()));
    team.setItems(teamChoices);
    team.setItemLabelGenerator(t -> t == 0L ? getTranslation("triage.any") : t == QUEUE ? getTranslation("triage.queue") : names.team(t));
    team.setValue(0L);

    area.setId("inbox-area");
    area.setLabel(getTranslation("triage.area"));
    area.setItems(catalog.areas());
    area.setEmptySelectionAllowed(true);
    area.setEmptySelectionCaption(getTranslation("triage.any"));
    area.setItemLabelGenerator(a -> a == null ? getTranslation("triage.any") : a.getName());

    status.setId("inbox-status");
    status.setLabel(getTranslation("triage.status"));
    status.setClearButtonVisible(true);
    status.setValueChangeMode(ValueChangeMode.LAZY);

    tier.setId("inbox-tier");
    tier.setLabel(getTranslation("triage.tier"));
    tier.setItems(Tier.values());
    tier.setEmptySelectionAllowed(true);
    tier.setEmptySelectionCaption(getTranslation("triage.any"));
    tier.setItemLabelGenerator(t -> t == null ? getTranslation("triage.any") : getTranslation("tier." + t.name()));

    unassigned.setId("inbox-unassigned");
    unassigned.setLabel(getTranslation("triage.unassigned"));

    age.setId("inbox-age");
    age.setLabel(getTranslation("triage.age"));
    age.setItems("", "new1", "new7", "old7", "old30");
    age.setItemLabelGenerator(a -> a.isEmpty() ? getTranslation("triage.any") : getTranslation("triage.age." + a));
    age.setValue("");

    state.setId("inbox-state");
    state.setLabel(getTranslation("triage.state"));
    state.setItems("OPEN", "CLOSED", "ALL");
    state.setItemLabelGenerator(s -> getTranslation("triage.state." + s));
    state.setValue("OPEN");

    search.setId("inbox-search");
    search.setLabel(getTranslation("triage.search"));
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    Shortcuts.addShortcutListener(this, () -> search.focus(), Key.KEY_F, KeyModifier.ALT);

    List<HasValue<?, ?>> filterFields = List.of(kind, team, area, status, tier, unassigned, age, state, search);
    filterFields.forEach(f -> f.addValueChangeListener(e -> grid.getDataProvider().refreshAll()));

    saved.setId("inbox-saved");
    saved.setLabel(getTranslation("triage.views"));
    saved.setItemLabelGenerator(v -> v == null ? "" : v.getName());
    saved.setEmptySelectionAllowed(true);
    saved.addValueChangeListener(e -> {
      if (e.getValue() != null) {
        apply(e.getValue().getQuery());
      }
    });
    TextField viewName = new TextField();
    viewName.setId("inbox-view-name");
    viewName.setPlaceholder(getTranslation("triage.views.name"));
    Button saveView = new Button(getTranslation("triage.views.save"), e -> {
      try {
        views.save(viewer.accountId(), viewName.getValue(), query());
        viewName.clear();
        refreshViews();
        Notification.show(getTranslation("triage.views.saved"), 3000, Notification.Position.BOTTOM_START);
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of());
      }
    });
    saveView.setId("inbox-view-save");
    refreshViews();

    FlexLayout filters = row(kind, team, area, status, tier, age, state, unassigned);
    FlexLayout searchRow = row(search, saved, viewName, saveView);

    grid.setId("inbox-grid");
    grid.setSelectionMode(Grid.SelectionMode.MULTI);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    grid.setHeight("60vh");
    grid.addColumn(i -> getTranslation("triage.kind." + i.getKind())).setHeader(getTranslation("triage.kind")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(LitRenderer.<InboxItem>of("<div>${item.title}</div><div style=\"" + SECONDARY + "\">${item.summary}</div>")
            .withProperty("title", InboxItem::getTitle)
            .withProperty("summary", i -> i.getSummary().length() > 160 ? i.getSummary().substring(0, 159) + "…" : i.getSummary()))
        .setHeader(getTranslation("triage.item")).setFlexGrow(3);
    grid.addComponentColumn(i -> {
      Anchor customer = new Anchor(CustomerStoryView.link(i.getCustomerId()), names.person(i.getCustomerId()));
      return new Div(customer, new Div(new Span(getTranslation("tier." + i.getCustomerTier().name()))));
    }).setHeader(getTranslation("triage.customer")).setAutoWidth(true);
    grid.addColumn(i -> names.area(i.getAreaId())).setHeader(getTranslation("triage.area")).setAutoWidth(true);
    grid.addColumn(i -> i.getTeamId() == null ? getTranslation("triage.queue") : names.team(i.getTeamId()))
        .setHeader(getTranslation("triage.team")).setAutoWidth(true);
    grid.addColumn(i -> i.getRoutedByRuleId() == null ? "" : names.rule(i.getRoutedByRuleId())).setHeader(getTranslation("triage.rule")).setAutoWidth(true);
    grid.addColumn(i -> i.getAssigneeId() == null ? "" : names.person(i.getAssigneeId())).setHeader(getTranslation("triage.assignee")).setAutoWidth(true);
    grid.addColumn(i -> getTranslation("triage.priority." + i.getPriority().name())).setHeader(getTranslation("triage.priority")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(i -> i.getStatus() + (i.isClosed() ? " · " + getTranslation("triage.state.CLOSED") : "")).setHeader(getTranslation("triage.status")).setAutoWidth(true);
    grid.addColumn(i -> String.join(", ", i.getTags())).setHeader(getTranslation("triage.tags")).setAutoWidth(true);
    grid.addColumn(i -> getTranslation("triage.age.days", Duration.between(i.getReceivedAt(), Instant.now()).toDays()))
        .setHeader(getTranslation("triage.age")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(i -> {
      Anchor open = new Anchor(i.link(), getTranslation("triage.open"));
      open.setId("inbox-open-" + i.getId());
      // The item in detail, with the items and articles that may duplicate it.
      Button details = new Button(getTranslation("triage.details"), e ->
          new ItemDetails(inbox, duplicates, directory, viewer, i.getId(), () -> grid.getDataProvider().refreshAll()).open());
      details.setId("inbox-details-" + i.getId());
      details.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      return new Div(open, details);
    }).setAutoWidth(true).setFlexGrow(0);
    grid.setDataProvider(new CallbackDataProvider<InboxItem, Void>(
        q -> {
          List<InboxItem> items = inbox.inbox(viewer, current(q.getOffset(), q.getLimit())).items();
          names = directory.names(items);
          return items.stream();
        },
        q -> (int) Math.min(Integer.MAX_VALUE, inbox.inbox(viewer, current(0, 1)).total())));

    add(new H2(getTranslation("triage.inbox.title")), filters, searchRow, bulkBar(), grid);
  }

  private static FlexLayout row(com.vaadin.flow.component.Component... components) {
    FlexLayout row = new FlexLayout(components);
    row.setAlignItems(FlexLayout.Alignment.BASELINE);
    row.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
    return row;
  }

  private FlexLayout bulkBar() {
    Select<Long> toTeam = new Select<>();
    toTeam.setId("bulk-team");
    toTeam.setLabel(getTranslation("triage.bulk.team"));
    List<Long> choices = new ArrayList<>(List.of(QUEUE));
    teams.forEach(t -> choices.add(t.getId()));
    toTeam.setItems(choices);
    toTeam.setItemLabelGenerator(t -> t == null ? "" : t == QUEUE ? getTranslation("triage.queue") : names.team(t));
    Select<Account> toPerson = new Select<>();
    toPerson.setId("bulk-assignee");
    toPerson.setLabel(getTranslation("triage.assignee"));
    toPerson.setEmptySelectionAllowed(true);
    toPerson.setItemLabelGenerator(a -> a == null ? getTranslation("triage.nobody") : a.getDisplayName());
    toTeam.addValueChangeListener(e -> {
      Team chosen = teams.stream().filter(t -> t.getId().equals(e.getValue())).findFirst().orElse(null);
      toPerson.setItems(chosen == null ? List.of() : chosen.getMemberIds().stream().sorted().map(directory::account).toList());
    });
    Button assign = new Button(getTranslation("triage.bulk.assign"), e -> {
      if (toTeam.getValue() == null) {
        // Nothing chosen is not the triage queue: that is a choice of its own.
        Notification.show(getTranslation("triage.bulk.team.none"), 3000, Notification.Position.MIDDLE);
        return;
      }
      act(new ItemAction(ItemAction.Type.ASSIGN, null, toTeam.getValue() == QUEUE ? null : toTeam.getValue(),
          toPerson.getValue() == null ? null : toPerson.getValue().getId(), null, null));
    });
    assign.setId("bulk-assign");
    Select<Priority> priority = new Select<>();
    priority.setId("bulk-priority");
    priority.setLabel(getTranslation("triage.priority"));
    priority.setItems(Priority.values());
    priority.setItemLabelGenerator(p -> p == null ? "" : getTranslation("triage.priority." + p.name()));
    priority.addValueChangeListener(e -> {
      if (e.isFromClient() && e.getValue() != null) {
        act(new ItemAction(ItemAction.Type.PRIORITY, null, null, null, e.getValue(), null));
      }
    });
    TextField tags = new TextField(getTranslation("triage.tags"));
    tags.setId("bulk-tags");
    Button tag = new Button(getTranslation("triage.bulk.tag"), e -> act(new ItemAction(ItemAction.Type.TAG, null, null, null, null, words(tags))));
    tag.setId("bulk-tag");
    Button untag = new Button(getTranslation("triage.bulk.untag"), e -> act(new ItemAction(ItemAction.Type.UNTAG, null, null, null, null, words(tags))));
    untag.setId("bulk-untag");
    Button close = new Button(getTranslation("triage.bulk.close"), e -> act(new ItemAction(ItemAction.Type.CLOSE, null, null, null, null, null)));
    close.setId("bulk-close");
    close.addThemeVariants(ButtonVariant.LUMO_ERROR);
    Shortcuts.addShortcutListener(this, () -> close.click(), Key.KEY_X, KeyModifier.ALT);
    return row(toTeam, toPerson, assign, priority, tags, tag, untag, close);
  }

  /** The tags written in a field, separated by commas or spaces. */
  private static Set<String> words(TextField field) {
    return Arrays.stream(field.getValue().split("[,\\s]+")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
  }

  private void act(ItemAction action) {
    List<Long> ids = grid.getSelectedItems().stream().map(InboxItem::getId).toList();
    if (ids.isEmpty()) {
      Notification.show(getTranslation("triage.bulk.none"), 3000, Notification.Position.MIDDLE);
      return;
    }
    try {
      inbox.act(viewer, action, ids);
      Notification.show(getTranslation("triage.bulk.done", ids.size()), 3000, Notification.Position.BOTTOM_START);
      grid.deselectAll();
      grid.getDataProvider().refreshAll();
    } catch (RuntimeException failure) {
      FormErrors.show(failure, Map.of());
    }
  }

  private InboxQuery current(int first, int max) {
    Long teamId = team.getValue() == null || team.getValue() == 0L || team.getValue() == QUEUE ? null : team.getValue();
    String a = age.getValue() == null ? "" : age.getValue();
    Integer newer = switch (a) {
      case "new1" -> 1;
      case "new7" -> 7;
      default -> null;
    };
    Integer older = switch (a) {
      case "old7" -> 7;
      case "old30" -> 30;
      default -> null;
    };
    return new InboxQuery(kind.getValue() == null || kind.getValue().isEmpty() ? null : kind.getValue(), teamId,
        team.getValue() != null && team.getValue() == QUEUE, area.getValue() == null ? null : area.getValue().getId(),
        status.getValue(), tier.getValue(), unassigned.getValue(), older, newer, state.getValue(), search.getValue(), first,
        Math.min(max, InboxQuery.MAX_PAGE));
  }

  /** The ages offered, as the inbox API's age parameter and its value. */
  private static final Map<String, String> AGES = Map.of("new1", "newerThanDays=1", "new7", "newerThanDays=7",
      "old7", "olderThanDays=7", "old30", "olderThanDays=30");

  /**
   * The filters as a query string, which is what a saved view keeps: in the inbox API's parameters, so a view saved
   * here lists the same items through {@code GET /api/v1/triage/inbox?<query>}, and one saved there opens here.
   */
  private String query() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("kind", kind.getValue());
    if (team.getValue() != null && team.getValue() == QUEUE) {
      q.put("queue", "true");
    } else if (team.getValue() != null && team.getValue() != 0L) {
      q.put("teamId", String.valueOf(team.getValue()));
    }
    q.put("areaId", area.getValue() == null ? "" : String.valueOf(area.getValue().getId()));
    q.put("status", status.getValue());
    q.put("tier", tier.getValue() == null ? "" : tier.getValue().name());
    q.put("unassigned", unassigned.getValue() ? "true" : "");
    q.put("state", state.getValue());
    q.put("q", search.getValue());
    String filters = q.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    String ageFilter = AGES.get(age.getValue() == null ? "" : age.getValue());
    return ageFilter == null ? filters : filters.isEmpty() ? ageFilter : filters + "&" + ageFilter;
  }

  private void apply(String query) {
    Map<String, String> q = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    kind.setValue(q.getOrDefault("kind", ""));
    try {
      team.setValue(Boolean.parseBoolean(q.get("queue")) ? QUEUE : Long.valueOf(q.getOrDefault("teamId", "0")));
    } catch (NumberFormatException | IllegalStateException e) {
      team.setValue(0L);
    }
    area.setValue(area.getListDataView().getItems().filter(a -> String.valueOf(a.getId()).equals(q.get("areaId"))).findFirst().orElse(null));
    status.setValue(q.getOrDefault("status", ""));
    tier.setValue(Arrays.stream(Tier.values()).filter(t -> t.name().equals(q.get("tier"))).findFirst().orElse(null));
    unassigned.setValue(Boolean.parseBoolean(q.get("unassigned")));
    age.setValue(AGES.entrySet().stream().filter(e -> {
      String[] parameter = e.getValue().split("=");
      return parameter[1].equals(q.get(parameter[0]));
    }).map(Map.Entry::getKey).findFirst().orElse(""));
    state.setValue(Set.of("OPEN", "CLOSED", "ALL").contains(q.get("state")) ? q.get("state") : "OPEN");
    search.setValue(q.getOrDefault("q", ""));
  }

  private void refreshViews() {
    saved.setItems(views.viewsOf(viewer.accountId()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("triage.inbox.title");
  }
}
