package org.example.portal.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.team.application.TeamService;
import org.example.portal.core.team.domain.Team;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.selfservice.application.BulkChanges;
import org.example.portal.selfservice.application.QueueFilter;
import org.example.portal.selfservice.application.SupportSettings;
import org.example.portal.selfservice.application.TicketService;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.SlaState;
import org.example.portal.selfservice.domain.Ticket;
import org.example.portal.selfservice.domain.TicketStatus;

/**
 * The support queues: a team's tickets or "my tickets", filtered by status, priority and breach, sorted by
 * what is due first (or otherwise), with bulk actions on the selected tickets. Tickets past a target are
 * marked in red.
 */
@Route(value = "tickets/queue", layout = MainLayout.class)
@Menu(title = "menu.tickets.queue", order = 55, icon = "vaadin:inbox")
@RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class TicketQueueView extends Div implements HasDynamicTitle {

  private final TicketService tickets;
  private final SupportSettings settings;
  private final Grid<Ticket> grid = new Grid<>(Ticket.class, false);
  private final Select<Team> team = new Select<>();
  private final Checkbox mine = new Checkbox();
  private final Checkbox breached = new Checkbox();
  private final MultiSelectComboBox<TicketStatus> statuses = new MultiSelectComboBox<>();
  private final MultiSelectComboBox<Priority> priorities = new MultiSelectComboBox<>();
  private final TextField search = new TextField();
  private final Select<QueueFilter.Sort> sort = new Select<>();
  private final Span count = new Span();
  private final Map<Long, String> names = new HashMap<>();

  @Inject
  public TicketQueueView(TicketService tickets, SupportSettings settings, TeamService teams, Accounts accounts) {
    this.tickets = tickets;
    this.settings = settings;
    addClassName("portal-page");
    long me = SignedInUser.current().orElseThrow().id();
    Role.STAFF.stream().flatMap(r -> accounts.findByRole(r).stream()).forEach(a -> names.put(a.getId(), a.getDisplayName()));

    List<Team> support = teams.teams();
    team.setLabel(getTranslation("tickets.team"));
    team.setId("queue-team");
    team.setEmptySelectionAllowed(true);
    team.setEmptySelectionCaption(getTranslation("tickets.queue.allTeams"));
    team.setItems(support);
    team.setItemLabelGenerator(t -> t == null ? getTranslation("tickets.queue.allTeams") : t.getName());
    teams.teamsOf(me).stream().filter(t -> t.getKind() == Team.Kind.SUPPORT).findFirst().ifPresent(team::setValue);
    mine.setLabel(getTranslation("tickets.queue.mine"));
    mine.setId("queue-mine");
    breached.setLabel(getTranslation("tickets.queue.breached"));
    breached.setId("queue-breached");
    statuses.setLabel(getTranslation("tickets.status"));
    statuses.setId("queue-status");
    statuses.setItems(TicketStatus.values());
    statuses.setItemLabelGenerator(s -> getTranslation("tickets.status." + s.name()));
    priorities.setLabel(getTranslation("tickets.priority"));
    priorities.setId("queue-priority");
    priorities.setItems(Priority.values());
    priorities.setItemLabelGenerator(p -> getTranslation("tickets.priority." + p.name()));
    search.setLabel(getTranslation("tickets.queue.search"));
    search.setId("queue-search");
    search.setValueChangeMode(ValueChangeMode.LAZY);
    sort.setLabel(getTranslation("tickets.queue.sort"));
    sort.setId("queue-sort");
    sort.setItems(QueueFilter.Sort.values());
    sort.setItemLabelGenerator(s -> getTranslation("tickets.queue.sort." + s.name()));
    sort.setValue(QueueFilter.Sort.DUE);
    team.addValueChangeListener(e -> refresh());
    mine.addValueChangeListener(e -> refresh());
    breached.addValueChangeListener(e -> refresh());
    statuses.addValueChangeListener(e -> refresh());
    priorities.addValueChangeListener(e -> refresh());
    search.addValueChangeListener(e -> refresh());
    sort.addValueChangeListener(e -> refresh());

    grid.setId("ticket-queue");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setSelectionMode(Grid.SelectionMode.MULTI);
    grid.addColumn(t -> t.number().toString()).setHeader(getTranslation("tickets.number")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(
            LitRenderer.<Ticket>of("<span style=\"${item.style}\">${item.subject}</span>")
                .withProperty("subject", Ticket::getSubject)
                .withProperty("style", t -> breachedNow(t) ? "color: var(--lumo-error-text-color); font-weight: 600" : ""))
        .setHeader(getTranslation("tickets.subject"))
        .setFlexGrow(1);
    grid.addComponentColumn(t -> TicketText.statusBadge(this, t.getStatus())).setHeader(getTranslation("tickets.status")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(t -> TicketText.priorityBadge(this, t.getPriority())).setHeader(getTranslation("tickets.priority")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(t -> TicketText.slaBadge(this, t.slaState(settings.calendar(), Instant.now()))).setHeader(getTranslation("tickets.sla")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(t -> TicketText.time(t.getResolutionDue(), getLocale())).setHeader(getTranslation("tickets.due")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(t -> t.getAssigneeId() == null ? "" : names.getOrDefault(t.getAssigneeId(), "#" + t.getAssigneeId())).setHeader(getTranslation("tickets.assignee")).setAutoWidth(true);
    // Breached rows carry a part name, so a theme can colour the whole row.
    grid.setPartNameGenerator(t -> breachedNow(t) ? "breached" : null);
    grid.addItemDoubleClickListener(e -> open(e.getItem()));
    grid.addItemClickListener(e -> {
      if (e.getColumn() != null && e.getClickCount() == 1 && grid.getColumns().indexOf(e.getColumn()) <= 1) {
        open(e.getItem());
      }
    });

    Select<TicketStatus> bulkStatus = new Select<>();
    bulkStatus.setLabel(getTranslation("tickets.bulk.status"));
    bulkStatus.setId("bulk-status");
    bulkStatus.setItems(TicketStatus.values());
    bulkStatus.setItemLabelGenerator(s -> s == null ? "" : getTranslation("tickets.status." + s.name()));
    bulkStatus.setEmptySelectionAllowed(true);
    Button apply = new Button(getTranslation("tickets.bulk.apply"), e -> bulk(new BulkChanges(selected(), bulkStatus.getValue(), null, null, null)));
    apply.setId("bulk-apply");
    Button assignMe = new Button(getTranslation("tickets.bulk.assignMe"), e -> bulk(new BulkChanges(selected(), null, null, null, me)));
    assignMe.setId("bulk-assign-me");
    count.setId("queue-count");

    FlexLayout filters = new FlexLayout(team, mine, statuses, priorities, breached, search, sort);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
    FlexLayout actions = new FlexLayout(bulkStatus, apply, assignMe, count);
    actions.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
    add(new H2(getTranslation("tickets.queue.title")), filters, actions, grid);
    refresh();
  }

  private boolean breachedNow(Ticket t) {
    return t.slaState(settings.calendar(), Instant.now()) == SlaState.BREACHED;
  }

  private void open(Ticket ticket) {
    getUI().ifPresent(ui -> ui.navigate(TicketView.class, new RouteParameters("id", String.valueOf(ticket.getId()))));
  }

  private List<Long> selected() {
    return grid.getSelectedItems().stream().map(Ticket::getId).toList();
  }

  private void bulk(BulkChanges changes) {
    try {
      TicketService.BulkResult result = tickets.changeTickets(SignedInUser.current().orElseThrow().id(), changes);
      Notification.show(getTranslation("tickets.bulk.done", result.changed().size(), result.failed().size()), 5000, Notification.Position.BOTTOM_START);
      result.failed().values().stream().limit(3).forEach(m -> Notification.show(m, 6000, Notification.Position.BOTTOM_START));
      grid.deselectAll();
      refresh();
    } catch (RuntimeException failure) {
      FormErrors.show(failure, Map.of());
    }
  }

  private QueueFilter filter() {
    Long assignee = mine.getValue() ? Long.valueOf(SignedInUser.current().orElseThrow().id()) : null;
    return new QueueFilter(
        mine.getValue() || team.getValue() == null ? null : team.getValue().getId(), assignee, false, Set.copyOf(statuses.getValue()), Set.copyOf(priorities.getValue()),
        null, breached.getValue(), search.getValue());
  }

  private void refresh() {
    QueueFilter filter = filter();
    QueueFilter.Sort order = sort.getValue() == null ? QueueFilter.Sort.DUE : sort.getValue();
    grid.setItems(q -> tickets.queue(filter, order, q.getOffset(), q.getLimit()).stream(), q -> (int) Math.min(Integer.MAX_VALUE, tickets.countQueue(filter)));
    count.setText(getTranslation("tickets.queue.count", tickets.countQueue(filter)));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("tickets.queue.title");
  }
}
