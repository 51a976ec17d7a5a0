package org.example.portal.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeSet;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SaveFooter;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.selfservice.application.BusinessHoursForm;
import org.example.portal.selfservice.application.SlaPolicyForm;
import org.example.portal.selfservice.application.SupportSettings;
import org.example.portal.selfservice.application.TicketService;
import org.example.portal.selfservice.domain.CannedReply;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.SlaPolicy;

/**
 * How support works: service-level targets per priority and customer tier and the business hours they count
 * in (admins change them), and the canned replies agents answer with (agents and admins change them). Other
 * staff read them.
 */
@Route(value = "tickets/settings", layout = MainLayout.class)
@Menu(title = "menu.tickets.settings", order = 56, icon = "vaadin:cog")
@RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class SupportSettingsView extends Div implements HasDynamicTitle {

  private final TicketService tickets;
  private final SupportSettings settings;
  private final boolean admin;
  private final boolean writesReplies;
  private final Grid<SlaPolicy> policies = new Grid<>(SlaPolicy.class, false);
  private final Grid<CannedReply> replies = new Grid<>(CannedReply.class, false);

  @Inject
  public SupportSettingsView(TicketService tickets, SupportSettings settings) {
    this.tickets = tickets;
    this.settings = settings;
    SignedInUser me = SignedInUser.current().orElseThrow();
    admin = me.hasRole(Role.ADMIN);
    writesReplies = admin || me.hasRole(Role.SUPPORT_AGENT);
    addClassName("portal-page");
    add(new H2(getTranslation("tickets.settings.title")));
    TabSheet tabs = new TabSheet();
    tabs.setId("support-settings-tabs");
    tabs.setWidthFull();
    tabs.add(getTranslation("tickets.settings.sla"), serviceLevels());
    tabs.add(getTranslation("tickets.settings.hours"), businessHours());
    tabs.add(getTranslation("tickets.settings.canned"), cannedReplies());
    add(tabs);
  }

  // ------------------------------------------------------------------------------------------ service levels

  private Div serviceLevels() {
    policies.setId("sla-policies");
    policies.addColumn(p -> getTranslation("tickets.priority." + p.getPriority().name())).setHeader(getTranslation("tickets.priority"));
    policies.addColumn(p -> p.getTier() == null ? getTranslation("tickets.settings.allTiers") : getTranslation("tier." + p.getTier().name()))
        .setHeader(getTranslation("tickets.settings.tier"));
    policies.addColumn(p -> TicketText.minutes(this, p.getFirstResponseMinutes())).setHeader(getTranslation("tickets.settings.firstResponse"));
    policies.addColumn(p -> TicketText.minutes(this, p.getResolutionMinutes())).setHeader(getTranslation("tickets.settings.resolution"));
    if (admin) {
      policies.addComponentColumn(p -> editOrRemove(() -> editPolicy(p),
          getTranslation("tickets.settings.sla.remove", getTranslation("tickets.priority." + p.getPriority().name())),
          () -> tickets.deleteSlaPolicy(p.getPriority(), p.getTier()), this::refreshPolicies)).setAutoWidth(true).setFlexGrow(0);
    }
    policies.setAllRowsVisible(true);
    refreshPolicies();
    Div tab = new Div(new Paragraph(getTranslation("tickets.settings.sla.intro")), policies);
    if (admin) {
      Button add = new Button(getTranslation("tickets.settings.sla.add"), e -> editPolicy(null));
      add.setId("sla-add");
      tab.addComponentAsFirst(add);
    }
    return tab;
  }

  private void refreshPolicies() {
    policies.setItems(tickets.slaPolicies());
  }

  private void editPolicy(SlaPolicy policy) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("tickets.settings.sla"));
    Select<Priority> priority = new Select<>();
    priority.setId("sla-priority");
    priority.setLabel(getTranslation("tickets.priority"));
    priority.setItems(Priority.values());
    priority.setItemLabelGenerator(p -> getTranslation("tickets.priority." + p.name()));
    ComboBox<Tier> tier = new ComboBox<>(getTranslation("tickets.settings.tier"));
    tier.setId("sla-tier");
    tier.setItems(Tier.values());
    tier.setItemLabelGenerator(t -> getTranslation("tier." + t.name()));
    tier.setClearButtonVisible(true);
    tier.setPlaceholder(getTranslation("tickets.settings.allTiers"));
    IntegerField first = minutesField("sla-first", "tickets.settings.firstResponse");
    IntegerField resolution = minutesField("sla-resolution", "tickets.settings.resolution");
    if (policy != null) {
      priority.setValue(policy.getPriority());
      priority.setReadOnly(true);
      tier.setValue(policy.getTier());
      tier.setReadOnly(true);
      first.setValue(policy.getFirstResponseMinutes());
      resolution.setValue(policy.getResolutionMinutes());
    } else {
      priority.setValue(Priority.NORMAL);
    }
    dialog.add(new FormLayout(priority, tier, first, resolution));
    SaveFooter.add(dialog, "sla", Map.of("priority", priority, "tier", tier, "firstResponseMinutes", first, "resolutionMinutes", resolution),
        () -> tickets.defineSlaPolicy(new SlaPolicyForm(priority.getValue(), tier.getValue(), first.getValue(), resolution.getValue())),
        this::refreshPolicies);
    dialog.open();
  }

  private IntegerField minutesField(String id, String label) {
    IntegerField field = new IntegerField(getTranslation(label));
    field.setId(id);
    field.setMin(1);
    field.setSuffixComponent(new Div(getTranslation("tickets.settings.minutes")));
    field.setHelperText(getTranslation("tickets.settings.minutes.help"));
    return field;
  }

  // ------------------------------------------------------------------------------------------ business hours

  private Div businessHours() {
    BusinessHoursForm current = settings.hours();
    ComboBox<String> zone = new ComboBox<>(getTranslation("tickets.settings.zone"));
    zone.setId("hours-zone");
    zone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    zone.setValue(current.zone());
    zone.setAllowCustomValue(false);
    TextField hours = new TextField(getTranslation("tickets.settings.days"));
    hours.setId("hours-days");
    hours.setValue(current.hours());
    hours.setHelperText(getTranslation("tickets.settings.days.help"));
    hours.setMaxLength(200);
    TextArea holidays = new TextArea(getTranslation("tickets.settings.holidays"));
    holidays.setId("hours-holidays");
    holidays.setValue(current.holidays());
    holidays.setHelperText(getTranslation("tickets.settings.holidays.help"));
    FormLayout form = new FormLayout(zone, hours, holidays);
    form.setColspan(holidays, 2);
    Div tab = new Div(new Paragraph(getTranslation("tickets.settings.hours.intro")), form);
    if (admin) {
      Button save = new Button(getTranslation("action.save"), e -> {
        try {
          BusinessHoursForm saved = settings.defineHours(new BusinessHoursForm(zone.getValue(), hours.getValue(), holidays.getValue()));
          FormErrors.clear(Map.of("zone", zone, "hours", hours, "holidays", holidays));
          hours.setValue(saved.hours());
          holidays.setValue(saved.holidays());
          Notification.show(getTranslation("tickets.saved"), 3000, Notification.Position.BOTTOM_START);
        } catch (RuntimeException failure) {
          FormErrors.show(failure, Map.of("zone", zone, "hours", hours, "holidays", holidays));
        }
      });
      save.setId("hours-save");
      save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      tab.add(save);
    } else {
      zone.setReadOnly(true);
      hours.setReadOnly(true);
      holidays.setReadOnly(true);
    }
    return tab;
  }

  // ------------------------------------------------------------------------------------------ canned replies

  private Div cannedReplies() {
    replies.setId("canned-replies");
    replies.addColumn(CannedReply::getTitle).setHeader(getTranslation("tickets.settings.canned.title")).setFlexGrow(1);
    replies.addColumn(c -> c.getBody().length() <= 120 ? c.getBody() : c.getBody().substring(0, 120) + "…")
        .setHeader(getTranslation("tickets.settings.canned.body")).setFlexGrow(3);
    if (writesReplies) {
      replies.addComponentColumn(c -> editOrRemove(() -> editReply(c), getTranslation("tickets.settings.canned.remove", c.getTitle()),
          () -> tickets.deleteCannedReply(c.getId()), this::refreshReplies)).setAutoWidth(true).setFlexGrow(0);
    }
    replies.setAllRowsVisible(true);
    refreshReplies();
    Div tab = new Div(new Paragraph(getTranslation("tickets.settings.canned.intro")), replies);
    if (writesReplies) {
      Button add = new Button(getTranslation("tickets.settings.canned.add"), e -> editReply(null));
      add.setId("canned-add");
      tab.addComponentAsFirst(add);
    }
    return tab;
  }

  private void refreshReplies() {
    replies.setItems(tickets.cannedReplies());
  }

  private void editReply(CannedReply reply) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("tickets.settings.canned"));
    dialog.setWidth("min(40rem, 95vw)");
    TextField title = new TextField(getTranslation("tickets.settings.canned.title"));
    title.setId("canned-title");
    title.setMaxLength(CannedReply.TITLE_MAX_LENGTH);
    title.setWidthFull();
    TextArea body = new TextArea(getTranslation("tickets.settings.canned.body"));
    body.setId("canned-body");
    body.setMaxLength(CannedReply.BODY_MAX_LENGTH);
    body.setWidthFull();
    body.setMinHeight("12em");
    body.setHelperText(getTranslation("tickets.settings.canned.placeholders"));
    if (reply != null) {
      title.setValue(reply.getTitle());
      body.setValue(reply.getBody());
    }
    dialog.add(title, body);
    SaveFooter.add(dialog, "canned", Map.of("title", title, "body", body),
        () -> tickets.saveCannedReply(reply == null ? null : reply.getId(), title.getValue(), body.getValue()), this::refreshReplies);
    dialog.open();
  }

  /** Edit and Remove buttons of a grid row; Remove asks first, then runs {@code remove} and {@code refresh}. */
  private HorizontalLayout editOrRemove(Runnable edit, String question, Runnable remove, Runnable refresh) {
    Button editButton = new Button(getTranslation("action.edit"), e -> edit.run());
    editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Button removeButton = new Button(getTranslation("tickets.settings.remove"), e -> confirm(question, remove, refresh));
    removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    return new HorizontalLayout(editButton, removeButton);
  }

  private void confirm(String question, Runnable action, Runnable done) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setHeader(question);
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("action.cancel"));
    dialog.setConfirmText(getTranslation("tickets.settings.remove"));
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(e -> {
      try {
        action.run();
        done.run();
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of());
        done.run();
      }
    });
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("tickets.settings.title");
  }
}
