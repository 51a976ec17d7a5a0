package org.example.portal.triage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.triage.application.Directory;
import org.example.portal.triage.application.InboxService;
import org.example.portal.triage.application.Viewer;

/**
 * A customer's story for staff: who they are, their tier, and in one timeline every submission they made and
 * what else they did (votes, comments, orders, ratings, feedback owed), each linked to its page. Every staff
 * member who opens it sees the same history (less confidential items of teams they are not in).
 */
@Route(value = "staff/customers/:customerId([0-9]+)", layout = MainLayout.class)
@RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class CustomerStoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  /** One line of the timeline. */
  private record Row(Instant at, String kind, String title, String link, String detail) {}

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final InboxService inbox;
  private final Directory directory;
  private String title = "";

  @Inject
  public CustomerStoryView(InboxService inbox, Directory directory) {
    this.inbox = inbox;
    this.directory = directory;
    addClassName("portal-page");
  }

  static String link(long customerId) {
    return "staff/customers/" + customerId;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    long customerId = Long.parseLong(event.getRouteParameters().get("customerId").orElseThrow());
    SignedInUser me = SignedInUser.current().orElseThrow();
    Viewer viewer = inbox.viewer(me.id(), me.hasRole(Role.TRIAGE_LEAD) || me.hasRole(Role.ADMIN));
    Account customer = directory.account(customerId);
    title = customer.getDisplayName();
    removeAll();
    H2 heading = new H2(customer.getDisplayName());
    heading.setId("story-name");
    Paragraph profile = new Paragraph(getTranslation("triage.story.profile", customer.getEmail(),
        getTranslation("tier." + customer.getTier().name()), customer.getLanguage(), WHEN.format(customer.getCreatedAt())));
    profile.setId("story-profile");

    // One timeline: the customer's submissions with their status, and what else they did with its details.
    List<Row> rows = new ArrayList<>();
    InboxService.Story story = inbox.story(viewer, customerId);
    story.items().forEach(i -> rows.add(new Row(i.getReceivedAt(), i.getKind(), i.getTitle(), i.link(), i.getStatus())));
    story.activities().forEach(a -> rows.add(new Row(a.at(), a.kind(), a.title(), a.link(), a.detail())));
    rows.sort(Comparator.comparing(Row::at));
    Grid<Row> grid = new Grid<>(Row.class, false);
    grid.setId("story-items");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.addColumn(r -> WHEN.format(r.at())).setHeader(getTranslation("triage.story.when")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(r -> getTranslation("triage.kind." + r.kind())).setHeader(getTranslation("triage.kind")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(r -> new Anchor(r.link(), r.title())).setHeader(getTranslation("triage.item")).setFlexGrow(3);
    grid.addColumn(Row::detail).setHeader(getTranslation("triage.story.detail")).setFlexGrow(2);
    grid.setItems(rows);
    add(heading, profile, grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("triage.story.title", title);
  }
}
