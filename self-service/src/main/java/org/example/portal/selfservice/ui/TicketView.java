package org.example.portal.selfservice.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.team.application.TeamService;
import org.example.portal.core.team.domain.Team;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SaveFooter;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.selfservice.application.IdeaConversion;
import org.example.portal.selfservice.application.RatingForm;
import org.example.portal.selfservice.application.SelfHelp;
import org.example.portal.selfservice.application.ReplyForm;
import org.example.portal.selfservice.application.SupportSettings;
import org.example.portal.selfservice.application.TicketChanges;
import org.example.portal.selfservice.application.TicketService;
import org.example.portal.selfservice.application.Viewer;
import org.example.portal.selfservice.domain.Attachment;
import org.example.portal.selfservice.domain.AttachmentPolicy;
import org.example.portal.selfservice.domain.CannedReply;
import org.example.portal.selfservice.domain.Channel;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.Ticket;
import org.example.portal.selfservice.domain.TicketChangedException;
import org.example.portal.selfservice.domain.TicketMessage;
import org.example.portal.selfservice.domain.TicketNumber;
import org.example.portal.selfservice.domain.TicketStatus;

/**
 * One ticket and its conversation. The customer reads public messages, answers and, once it is solved,
 * rates the support. Staff also see internal notes, write notes or replies (with canned replies), and change
 * status, priority and assignment; if a colleague changed the ticket meanwhile they are told and shown the
 * current state instead of overwriting it.
 */
@Route(value = "tickets/:id([0-9]+)", layout = MainLayout.class)
@RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class TicketView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final TicketService tickets;
  private final SupportSettings settings;
  private final Accounts accounts;
  private final TeamService teams;
  private final SelfHelp selfHelp;
  private final CatalogService catalog;
  private Viewer viewer;
  private Ticket ticket;
  private TextArea replyBody;

  @Inject
  public TicketView(TicketService tickets, SupportSettings settings, Accounts accounts, TeamService teams, SelfHelp selfHelp, CatalogService catalog) {
    this.tickets = tickets;
    this.catalog = catalog;
    this.selfHelp = selfHelp;
    this.settings = settings;
    this.accounts = accounts;
    this.teams = teams;
    addClassName("portal-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedInUser me = SignedInUser.current().orElseThrow();
    viewer = new Viewer(me.id(), me.isStaff());
    long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
    try {
      ticket = tickets.view(viewer, id);
    } catch (NotFoundException e) {
      removeAll();
      add(new H2(getTranslation("tickets.notFound")));
      ticket = null;
      return;
    }
    render();
  }

  private void reload() {
    ticket = tickets.view(viewer, ticket.getId());
    render();
  }

  private void render() {
    removeAll();
    Instant now = Instant.now();
    Span number = new Span(ticket.number().toString());
    number.setId("ticket-number");
    FlexLayout heading = new FlexLayout(number, TicketText.statusBadge(this, ticket.getStatus()));
    heading.getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "center");
    if (viewer.staff()) {
      heading.add(TicketText.priorityBadge(this, ticket.getPriority()), TicketText.slaBadge(this, ticket.slaState(settings.calendar(), now)));
    }
    H2 title = new H2(ticket.getSubject());
    title.setId("ticket-title");
    add(heading, title);
    selfHelp.idea(ticket.getIdeaId()).ifPresent(idea -> {
      Anchor link = new Anchor(idea.path(), getTranslation("tickets.idea.linked", idea.title(), idea.votes()));
      link.setId("ticket-idea-link");
      add(new Div(link));
    });
    add( message(accounts.findById(ticket.getCustomerId()).map(Account::getDisplayName).orElse(""), ticket.getCreatedAt(), ticket.getDescription(), "ticket-message"));

    Div conversation = new Div();
    conversation.setId("ticket-conversation");
    for (TicketMessage m : ticket.conversationFor(viewer.staff())) {
      String author = m.getAuthorId() == null ? "" : accounts.findById(m.getAuthorId()).map(Account::getDisplayName).orElse("");
      Div item = message(author + (m.isInternal() ? " · " + getTranslation("tickets.internal") : ""), m.getCreatedAt(), m.getBody(), m.isInternal() ? "ticket-message internal" : "ticket-message");
      if (m.isInternal()) {
        item.getStyle().set("background", "var(--lumo-warning-color-10pct)");
      }
      conversation.add(item);
    }
    add(conversation);
    add(attachments());
    if (ticket.getStatus() != TicketStatus.CLOSED) {
      add(replyForm());
    }
    if (viewer.staff()) {
      add(staffPanel());
    } else if (ticket.getStatus() == TicketStatus.SOLVED || ticket.getStatus() == TicketStatus.CLOSED) {
      add(rating());
    }
  }

  private Div message(String author, Instant at, String body, String className) {
    Span meta = new Span(author + " · " + TicketText.time(at, getLocale()));
    meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    Paragraph text = new Paragraph(body);
    text.getStyle().set("white-space", "pre-wrap");
    text.addClassName("ticket-message-body");
    Div item = new Div(meta, text);
    item.setClassName(className);
    item.getStyle().set("padding", "var(--lumo-space-s)").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    return item;
  }

  private Div attachments() {
    Div files = new Div();
    files.setId("ticket-attachments");
    List<Attachment> list = tickets.attachments(viewer, ticket.getId());
    files.add(new H3(getTranslation("tickets.attachments")));
    if (ticket.getStatus() != TicketStatus.CLOSED) {
      files.add(upload());
    }
    if (!list.isEmpty()) {
      for (Attachment a : list) {
        // Served by the API as a download with nosniff; never rendered inside the portal's pages.
        Anchor link = new Anchor("api/v1/tickets/" + ticket.getId() + "/attachments/" + a.getId(), a.getFileName() + " (" + Math.max(1, a.getSize() / 1024) + " KB)");
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("router-ignore", true);
        files.add(new Div(link));
      }
    }
    return files;
  }

  /**
   * Adds files to the ticket. The bytes go through the same checks as the API's; the upload widget's own type
   * and size limits only save the person a pointless upload.
   */
  private Upload upload() {
    Viewer who = viewer;
    long ticketId = ticket.getId();
    UI ui = UI.getCurrent();
    Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
      try {
        tickets.attach(who, ticketId, metadata.fileName(), data, false);
        ui.access(this::reload);
      } catch (RuntimeException failure) {
        ui.access(() -> FormErrors.show(failure, Map.of()));
      }
    }));
    upload.setId("ticket-upload");
    upload.setAcceptedFileTypes(AttachmentPolicy.extensions());
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, settings.attachments().maxBytes()));
    return upload;
  }

  private Div replyForm() {
    TextArea body = new TextArea(getTranslation(viewer.staff() ? "tickets.reply.staff" : "tickets.reply"));
    replyBody = body;
    body.setId("reply-body");
    body.setWidthFull();
    body.setMaxLength(TicketMessage.BODY_MAX_LENGTH);
    body.setMinHeight("6em");
    Checkbox internal = new Checkbox(getTranslation("tickets.reply.internal"));
    internal.setId("reply-internal");
    Select<TicketStatus> next = new Select<>();
    next.setId("reply-status");
    next.setLabel(getTranslation("tickets.reply.status"));
    List<TicketStatus> choices = new ArrayList<>(List.of(TicketStatus.PENDING_CUSTOMER, TicketStatus.OPEN, TicketStatus.SOLVED));
    next.setItems(choices);
    next.setItemLabelGenerator(s -> getTranslation("tickets.status." + s.name()));
    next.setValue(TicketStatus.PENDING_CUSTOMER);
    Button send = new Button(getTranslation("tickets.reply.send"), e -> {
      try {
        ReplyForm form = viewer.staff() ? new ReplyForm(body.getValue(), internal.getValue(), internal.getValue() ? null : next.getValue(), ticket.getVersion()) : ReplyForm.of(body.getValue());
        tickets.reply(viewer, ticket.getId(), form, Channel.WEB);
        Notification.show(getTranslation("tickets.reply.sent"), 3000, Notification.Position.BOTTOM_START);
        reload();
      } catch (TicketChangedException changed) {
        FormErrors.show(changed, Map.of());
        Notification.show(getTranslation("tickets.changed"), 6000, Notification.Position.TOP_CENTER);
        String draft = body.getValue();
        reload();
        // Keep what they wrote: they only need to read the colleague's change and send again.
        if (replyBody != null) {
          replyBody.setValue(draft);
        }
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of("body", body));
      }
    });
    send.setId("reply-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div form = new Div();
    form.setId("reply-form");
    if (viewer.staff()) {
      ComboBox<CannedReply> canned = new ComboBox<>(getTranslation("tickets.canned"));
      canned.setId("reply-canned");
      canned.setItems(tickets.cannedReplies());
      canned.setItemLabelGenerator(CannedReply::getTitle);
      canned.addValueChangeListener(e -> {
        if (e.getValue() != null) {
          body.setValue(tickets.renderCannedReply(viewer.accountId(), e.getValue().getId(), ticket.getId()));
        }
      });
      internal.addValueChangeListener(e -> next.setEnabled(!e.getValue()));
      form.add(canned, body, new HorizontalLayout(internal, next), send);
    } else {
      form.add(body, send);
    }
    return form;
  }

  private Div staffPanel() {
    Select<TicketStatus> status = new Select<>();
    status.setLabel(getTranslation("tickets.status"));
    status.setId("ticket-status-edit");
    List<TicketStatus> allowed = new ArrayList<>(List.of(ticket.getStatus()));
    Arrays.stream(TicketStatus.values()).filter(ticket.getStatus()::canMoveTo).forEach(allowed::add);
    status.setItems(allowed);
    status.setItemLabelGenerator(s -> getTranslation("tickets.status." + s.name()));
    status.setValue(ticket.getStatus());
    Select<Priority> priority = new Select<>();
    priority.setLabel(getTranslation("tickets.priority"));
    priority.setId("ticket-priority-edit");
    priority.setItems(Priority.values());
    priority.setItemLabelGenerator(p -> getTranslation("tickets.priority." + p.name()));
    priority.setValue(ticket.getPriority());
    ComboBox<Team> team = new ComboBox<>(getTranslation("tickets.team"));
    team.setId("ticket-team");
    List<Team> allTeams = teams.teams();
    team.setItems(allTeams);
    team.setItemLabelGenerator(Team::getName);
    allTeams.stream().filter(t -> t.getId().equals(ticket.getTeamId())).findFirst().ifPresent(team::setValue);
    ComboBox<Account> assignee = new ComboBox<>(getTranslation("tickets.assignee"));
    assignee.setId("ticket-assignee");
    List<Account> staff = Role.STAFF.stream().flatMap(r -> accounts.findByRole(r).stream()).distinct().toList();
    assignee.setItems(staff);
    assignee.setItemLabelGenerator(a -> a.getDisplayName() + " <" + a.getEmail() + ">");
    staff.stream().filter(a -> a.getId().equals(ticket.getAssigneeId())).findFirst().ifPresent(assignee::setValue);
    ComboBox<IdeaRef> idea = new ComboBox<>(getTranslation("tickets.idea"));
    idea.setId("ticket-idea");
    idea.setHelperText(getTranslation("tickets.idea.help"));
    java.util.Optional<IdeaRef> linked = selfHelp.idea(ticket.getIdeaId());
    List<IdeaRef> ideas = new ArrayList<>(selfHelp.similarIdeas(ticket.getSubject() + " " + ticket.getDescription()));
    linked.ifPresent(l -> {
      ideas.removeIf(i -> i.id() == l.id());
      ideas.add(0, l);
    });
    idea.setItems(ideas);
    idea.setItemLabelGenerator(i -> i.title() + " (" + getTranslation("tickets.suggestions.votes", i.votes()) + ")");
    idea.setClearButtonVisible(true);
    linked.ifPresent(idea::setValue);
    Map<String, HasValidation> fields = Map.of("status", status, "priority", priority, "teamId", team, "assigneeId", assignee, "ideaId", idea);
    Button save = new Button(getTranslation("tickets.save"), e -> {
      try {
        boolean unassign = team.getValue() == null && assignee.getValue() == null && (ticket.getTeamId() != null || ticket.getAssigneeId() != null);
        // 0 removes a link; null leaves the ticket as it is.
        Long ideaId = idea.getValue() != null ? Long.valueOf(idea.getValue().id()) : ticket.getIdeaId() != null ? Long.valueOf(0) : null;
        ticket = tickets.changeTicket(viewer.accountId(), ticket.getId(), new TicketChanges(
            ticket.getVersion(), status.getValue(), priority.getValue(),
            team.getValue() == null ? null : team.getValue().getId(), assignee.getValue() == null ? null : assignee.getValue().getId(), unassign, ideaId));
        Notification.show(getTranslation("tickets.saved"), 3000, Notification.Position.BOTTOM_START);
        render();
      } catch (TicketChangedException changed) {
        FormErrors.show(changed, Map.of());
        reload();
      } catch (RuntimeException failure) {
        FormErrors.show(failure, fields);
      }
    });
    save.setId("ticket-save");
    Button assignMe = new Button(getTranslation("tickets.assignMe"), e -> staff.stream().filter(a -> a.getId() == viewer.accountId()).findFirst().ifPresent(assignee::setValue));
    assignMe.setId("ticket-assign-me");
    assignMe.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    FormLayout form = new FormLayout(status, priority, team, assignee, idea, assignMe, save);
    Div panel = new Div(new H3(getTranslation("tickets.manage")), form);
    panel.setId("ticket-manage");
    if (linked.isEmpty()) {
      Button toIdea = new Button(getTranslation("tickets.toIdea"), e -> convertToIdea());
      toIdea.setId("ticket-to-idea");
      toIdea.setTooltipText(getTranslation("tickets.toIdea.help"));
      panel.add(new Div(toIdea));
    }
    if (ticket.getStatus() == TicketStatus.SOLVED || ticket.getStatus() == TicketStatus.CLOSED) {
      Button toArticle = new Button(getTranslation("tickets.toArticle"), e -> {
        try {
          UI.getCurrent().navigate(tickets.draftArticle(viewer.accountId(), ticket.getId()).editorPath());
        } catch (RuntimeException failure) {
          FormErrors.show(failure, Map.of());
        }
      });
      toArticle.setId("ticket-to-article");
      toArticle.setTooltipText(getTranslation("tickets.toArticle.help"));
      panel.add(new Div(toArticle));
    }
    SignedInUser me = SignedInUser.current().orElseThrow();
    if (ticket.getStatus() != TicketStatus.CLOSED && (me.hasRole(Role.SUPPORT_AGENT) || me.hasRole(Role.TRIAGE_LEAD) || me.hasRole(Role.ADMIN))) {
      panel.add(mergeForm());
    }
    return panel;
  }

  /** Posts the ticket as an idea for its customer, after staff have checked title, description and area. */
  private void convertToIdea() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("tickets.toIdea"));
    dialog.setWidth("min(40rem, 95vw)");
    TextField title = new TextField(getTranslation("tickets.subject"));
    title.setId("to-idea-title");
    title.setWidthFull();
    title.setValue(ticket.getSubject());
    TextArea description = new TextArea(getTranslation("tickets.description"));
    description.setId("to-idea-description");
    description.setWidthFull();
    description.setValue(ticket.getDescription());
    ComboBox<ProductArea> area = new ComboBox<>(getTranslation("tickets.area"));
    area.setId("to-idea-area");
    List<ProductArea> areas = catalog.areas();
    area.setItems(areas);
    area.setItemLabelGenerator(ProductArea::getName);
    areas.stream().filter(a -> a.getId().equals(ticket.getAreaId())).findFirst().ifPresent(area::setValue);
    dialog.add(new Paragraph(getTranslation("tickets.toIdea.help")), title, description, area);
    SaveFooter.add(dialog, "to-idea", Map.of("title", title, "description", description, "areaId", area),
        () -> tickets.convertToIdea(viewer.accountId(), ticket.getId(),
            new IdeaConversion(title.getValue(), description.getValue(), area.getValue() == null ? null : area.getValue().getId())),
        () -> {
          Notification.show(getTranslation("tickets.toIdea.done"), 4000, Notification.Position.BOTTOM_START);
          reload();
        });
    dialog.open();
  }

  /** Closes this ticket as a duplicate of another one, whose number the agent types; the customer is told. */
  private HorizontalLayout mergeForm() {
    TextField target = new TextField(getTranslation("tickets.merge.into"));
    target.setId("ticket-merge-target");
    target.setPlaceholder("T-1042");
    target.setHelperText(getTranslation("tickets.merge.help"));
    Button merge = new Button(getTranslation("tickets.merge"), e -> {
      var number = TicketNumber.parse(target.getValue());
      if (number.isEmpty() || number.get().value() == ticket.getId()) {
        target.setErrorMessage(getTranslation(number.isEmpty() ? "tickets.merge.number" : "tickets.merge.self"));
        target.setInvalid(true);
        return;
      }
      ConfirmDialog confirm = new ConfirmDialog();
      confirm.setHeader(getTranslation("tickets.merge.confirm", ticket.number().toString(), number.get().toString()));
      confirm.setText(getTranslation("tickets.merge.confirm.text"));
      confirm.setCancelable(true);
      confirm.setCancelText(getTranslation("action.cancel"));
      confirm.setConfirmText(getTranslation("tickets.merge"));
      confirm.addConfirmListener(c -> {
        try {
          Ticket merged = tickets.mergeTicket(viewer.accountId(), ticket.getId(), number.get().value());
          Notification.show(getTranslation("tickets.merge.done", merged.number().toString()), 4000, Notification.Position.BOTTOM_START);
          UI.getCurrent().navigate("tickets/" + merged.getId());
        } catch (RuntimeException failure) {
          FormErrors.show(failure, Map.of());
        }
      });
      confirm.open();
    });
    merge.setId("ticket-merge");
    HorizontalLayout row = new HorizontalLayout(target, merge);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    return row;
  }

  private Div rating() {
    Div box = new Div();
    box.setId("ticket-rating");
    box.add(new H3(getTranslation("tickets.rating.title")));
    if (ticket.getRatingSatisfied() != null) {
      Paragraph given = new Paragraph(getTranslation(ticket.getRatingSatisfied() ? "tickets.rating.givenGood" : "tickets.rating.givenBad"));
      given.setId("rating-given");
      box.add(given);
    }
    TextArea comment = new TextArea(getTranslation("tickets.rating.comment"));
    comment.setId("rating-comment");
    comment.setMaxLength(Ticket.RATING_COMMENT_MAX_LENGTH);
    Button good = new Button(getTranslation("tickets.rating.good"), e -> rate(true, comment));
    good.setId("rate-satisfied");
    good.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
    Button bad = new Button(getTranslation("tickets.rating.bad"), e -> rate(false, comment));
    bad.setId("rate-unsatisfied");
    box.add(comment, new HorizontalLayout(good, bad));
    return box;
  }

  private void rate(boolean satisfied, TextArea comment) {
    try {
      ticket = tickets.rate(viewer.accountId(), ticket.getId(), new RatingForm(satisfied, comment.getValue()));
      Notification.show(getTranslation("tickets.rating.thanks"), 3000, Notification.Position.BOTTOM_START);
      render();
    } catch (RuntimeException failure) {
      FormErrors.show(failure, Map.of("comment", comment));
    }
  }

  @Override
  public String getPageTitle() {
    return ticket == null ? getTranslation("tickets.notFound") : ticket.number() + " " + ticket.getSubject();
  }
}
