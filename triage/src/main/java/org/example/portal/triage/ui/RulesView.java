package org.example.portal.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.team.application.TeamService;
import org.example.portal.core.team.domain.Team;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.triage.application.DryRunRow;
import org.example.portal.triage.application.InboxService;
import org.example.portal.triage.application.RuleService;
import org.example.portal.triage.domain.RoutingRule;
import org.example.portal.triage.domain.RuleSpec;

/**
 * Triage leads keep the routing rules here: the first rule whose conditions all hold takes a submission.
 * The dry run shows which rule would take each of the last 100 submissions, beside the rule that did.
 */
@Route(value = "staff/triage/rules", layout = MainLayout.class)
@Menu(title = "menu.triage.rules", order = 41, icon = "vaadin:split")
@RolesAllowed({Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class RulesView extends Div implements HasDynamicTitle {

  private final RuleService rules;
  private final List<String> kinds;
  private final List<ProductArea> areas;
  private final List<Team> teams;
  private final Map<Long, String> teamNames;
  private final Grid<RoutingRule> grid = new Grid<>(RoutingRule.class, false);
  private final Grid<DryRunRow> dryRun = new Grid<>(DryRunRow.class, false);

  @Inject
  public RulesView(RuleService rules, InboxService inbox, CatalogService catalog, TeamService teamService) {
    this.rules = rules;
    this.kinds = inbox.sources().stream().map(s -> s.kind()).sorted().toList();
    this.areas = catalog.areas();
    this.teams = teamService.teams();
    this.teamNames = teams.stream().collect(Collectors.toMap(Team::getId, Team::getName));
    addClassName("portal-page");

    grid.setId("rules-grid");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.addColumn(RoutingRule::getPosition).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(RoutingRule::getName).setHeader(getTranslation("triage.rules.name")).setAutoWidth(true);
    grid.addColumn(r -> conditions(r.spec())).setHeader(getTranslation("triage.rules.conditions")).setFlexGrow(3);
    grid.addColumn(r -> target(r.spec())).setHeader(getTranslation("triage.rules.target")).setFlexGrow(2);
    grid.addComponentColumn(r -> {
      Button up = new Button("↑", e -> move(r, -1));
      up.setId("rule-up-" + r.getId());
      up.getElement().setAttribute("aria-label", getTranslation("triage.rules.up"));
      Button down = new Button("↓", e -> move(r, 1));
      down.setId("rule-down-" + r.getId());
      down.getElement().setAttribute("aria-label", getTranslation("triage.rules.down"));
      Button edit = new Button(getTranslation("triage.rules.edit"), e -> new RuleDialog(rules, r, kinds, areas, teams, this::refresh).open());
      edit.setId("rule-edit-" + r.getId());
      Button delete = new Button(getTranslation("triage.rules.delete"), e -> {
        rules.deleteRule(r.getId());
        refresh();
      });
      delete.setId("rule-delete-" + r.getId());
      delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      return new FlexLayout(up, down, edit, delete);
    }).setAutoWidth(true).setFlexGrow(0);

    Button add = new Button(getTranslation("triage.rules.new"), e -> new RuleDialog(rules, null, kinds, areas, teams, this::refresh).open());
    add.setId("rule-new");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button run = new Button(getTranslation("triage.rules.dryRun"), e -> dryRun.setItems(rules.dryRun()));
    run.setId("rule-dry-run");

    dryRun.setId("dry-run-grid");
    dryRun.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    dryRun.setHeight("40vh");
    dryRun.addColumn(r -> getTranslation("triage.kind." + r.kind())).setHeader(getTranslation("triage.kind")).setAutoWidth(true).setFlexGrow(0);
    dryRun.addColumn(DryRunRow::title).setHeader(getTranslation("triage.item")).setFlexGrow(3);
    dryRun.addColumn(r -> r.ruleName() == null ? getTranslation("triage.queue") : r.ruleName()).setHeader(getTranslation("triage.rules.wouldTake")).setAutoWidth(true);
    dryRun.addColumn(r -> r.teamId() == null ? "" : teamNames.getOrDefault(r.teamId(), "#" + r.teamId())).setHeader(getTranslation("triage.team")).setAutoWidth(true);
    dryRun.addColumn(r -> getTranslation(r.sameAsRouted() ? "triage.rules.same" : "triage.rules.different")).setHeader(getTranslation("triage.rules.vsRouted")).setAutoWidth(true);

    refresh();
    add(new H2(getTranslation("triage.rules.title")), new Paragraph(getTranslation("triage.rules.intro")), new FlexLayout(add), grid,
        new H3(getTranslation("triage.rules.dryRun")), new Paragraph(getTranslation("triage.rules.dryRun.intro")), run, dryRun);
  }

  private void move(RoutingRule rule, int by) {
    List<Long> order = new ArrayList<>(rules.rules().stream().map(RoutingRule::getId).toList());
    int at = order.indexOf(rule.getId());
    int to = at + by;
    if (at < 0 || to < 0 || to >= order.size()) {
      return;
    }
    order.remove(at);
    order.add(to, rule.getId());
    try {
      rules.reorder(order);
    } catch (RuntimeException failure) {
      FormErrors.show(failure, Map.of());
    }
    refresh();
  }

  private String conditions(RuleSpec spec) {
    List<String> parts = new ArrayList<>();
    if (!spec.kinds().isEmpty()) {
      parts.add(spec.kinds().stream().map(k -> getTranslation("triage.kind." + k)).sorted().collect(Collectors.joining(", ")));
    }
    if (!spec.areaIds().isEmpty()) {
      parts.add(areas.stream().filter(a -> spec.areaIds().contains(a.getId())).map(ProductArea::getName).collect(Collectors.joining(", ")));
    }
    if (!spec.textQuery().isEmpty()) {
      parts.add("“" + spec.textQuery() + "”");
    }
    if (!spec.tiers().isEmpty()) {
      parts.add(spec.tiers().stream().map(t -> getTranslation("tier." + t.name())).sorted().collect(Collectors.joining(", ")));
    }
    if (!spec.languages().isEmpty()) {
      parts.add(String.join(", ", spec.languages()));
    }
    String text = parts.isEmpty() ? getTranslation("triage.rules.everything") : String.join(" · ", parts);
    return spec.enabled() ? text : getTranslation("triage.rules.off") + " · " + text;
  }

  private String target(RuleSpec spec) {
    List<String> parts = new ArrayList<>();
    parts.add(spec.teamId() == null ? getTranslation("triage.queue") : teamNames.getOrDefault(spec.teamId(), "#" + spec.teamId()));
    parts.add(getTranslation("triage.priority." + spec.priority().name()));
    if (!spec.tags().isEmpty()) {
      parts.add(String.join(", ", spec.tags()));
    }
    if (spec.assignment() != org.example.portal.triage.domain.AssignmentMode.NONE) {
      parts.add(getTranslation("triage.rules.assignment." + spec.assignment().name()));
    }
    if (spec.confidential()) {
      parts.add(getTranslation("triage.rules.confidential"));
    }
    return String.join(" · ", parts);
  }

  private void refresh() {
    grid.setItems(rules.rules());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("triage.rules.title");
  }
}
