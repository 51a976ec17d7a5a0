package org.example.portal.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.selfservice.application.TicketService;
import org.example.portal.selfservice.domain.Ticket;

/** A customer's tickets, latest activity first, and the way to start a new one. */
@Route(value = "tickets", layout = MainLayout.class)
@Menu(title = "menu.tickets", order = 25, icon = "vaadin:comments-o")
@RolesAllowed(Role.Names.CUSTOMER)
public class MyTicketsView extends Div implements HasDynamicTitle {

  @Inject
  public MyTicketsView(TicketService tickets) {
    addClassName("portal-page");
    Button start = new Button(getTranslation("tickets.new"), e -> getUI().ifPresent(ui -> ui.navigate(NewTicketView.class)));
    start.setId("ticket-new");
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    List<Ticket> mine = tickets.ticketsOf(SignedInUser.current().orElseThrow().id());
    Grid<Ticket> grid = new Grid<>(Ticket.class, false);
    grid.setId("my-tickets");
    grid.setAllRowsVisible(true);
    grid.addColumn(t -> t.number().toString()).setHeader(getTranslation("tickets.number")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(Ticket::getSubject).setHeader(getTranslation("tickets.subject")).setFlexGrow(1);
    grid.addComponentColumn(t -> TicketText.statusBadge(this, t.getStatus())).setHeader(getTranslation("tickets.status")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(t -> TicketText.time(t.getUpdatedAt(), getLocale())).setHeader(getTranslation("tickets.updated")).setAutoWidth(true).setFlexGrow(0);
    grid.setItems(mine);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TicketView.class, new RouteParameters("id", String.valueOf(e.getItem().getId())))));
    grid.setVisible(!mine.isEmpty());
    Paragraph empty = new Paragraph(getTranslation("tickets.mine.empty"));
    empty.setVisible(mine.isEmpty());
    add(new H2(getTranslation("tickets.mine.title")), new Paragraph(getTranslation("tickets.mine.intro")), start, empty, grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("tickets.mine.title");
  }
}
