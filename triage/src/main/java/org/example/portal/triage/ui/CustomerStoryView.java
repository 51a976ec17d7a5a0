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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.triage.application.Directory;
import org.example.portal.triage.application.InboxService;
import org.example.portal.triage.application.Viewer;
import org.example.portal.triage.domain.InboxItem;

/**
 * A customer's story for staff: who they are, their tier, and every submission they made in time order,
 * each linked to its own page. Every staff member who opens it sees the same history (less confidential
 * items of teams they are not in).
 */
@Route(value = "staff/customers/:customerId([0-9]+)", layout = MainLayout.class)
@RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class CustomerStoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

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

    Grid<InboxItem> grid = new Grid<>(InboxItem.class, false);
    grid.setId("story-items");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.addColumn(i -> WHEN.format(i.getReceivedAt())).setHeader(getTranslation("triage.story.when")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(i -> getTranslation("triage.kind." + i.getKind())).setHeader(getTranslation("triage.kind")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(i -> new Anchor(i.link(), i.getTitle())).setHeader(getTranslation("triage.item")).setFlexGrow(3);
    grid.addColumn(InboxItem::getStatus).setHeader(getTranslation("triage.status")).setAutoWidth(true);
    grid.setItems(inbox.story(viewer, customerId));
    add(heading, profile, grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("triage.story.title", title);
  }
}
