package org.example.portal.triage.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.metrics.DashboardPanel;
import org.example.portal.core.metrics.Period;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.chart.BarChart;
import org.example.portal.core.ui.chart.ColumnChart;
import org.example.portal.triage.application.Dashboards;

/**
 * The staff dashboard: for a period (the last 7, 30 or 90 days, or chosen dates) and optionally one product
 * area, submissions per day by kind and by area as stacked columns, and each feature's figures as cards and
 * bar charts (response times and service levels, sample feedback, top ideas, bid revenue, deflection). Every
 * panel downloads as CSV; every chart carries its figures as text.
 */
@Route(value = "staff/dashboard", layout = MainLayout.class)
@Menu(title = "menu.triage.dashboard", order = 41, icon = "vaadin:chart")
@RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class DashboardView extends Div implements HasDynamicTitle {

  private static final String CUSTOM = "custom";

  private final Dashboards dashboards;
  private final Select<String> range = new Select<>();
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final Select<ProductArea> area = new Select<>();
  private final Div panels = new Div();

  @Inject
  public DashboardView(Dashboards dashboards) {
    this.dashboards = dashboards;
    addClassName("portal-page");
    LocalDate today = LocalDate.ofInstant(dashboards.now(), ZoneOffset.UTC);

    range.setId("dashboard-range");
    range.setLabel(getTranslation("triage.dashboard.period"));
    range.setItems("7", "30", "90", CUSTOM);
    range.setItemLabelGenerator(r -> r.equals(CUSTOM) ? getTranslation("triage.dashboard.custom") : getTranslation("triage.dashboard.last", r));
    range.setValue("30");
    from.setId("dashboard-from");
    from.setLabel(getTranslation("triage.dashboard.from"));
    from.setValue(today.minusDays(29));
    to.setId("dashboard-to");
    to.setLabel(getTranslation("triage.dashboard.to"));
    to.setValue(today);
    area.setId("dashboard-area");
    area.setLabel(getTranslation("triage.area"));
    area.setItems(dashboards.areas());
    area.setEmptySelectionAllowed(true);
    area.setEmptySelectionCaption(getTranslation("triage.any"));
    area.setItemLabelGenerator(a -> a == null ? getTranslation("triage.any") : a.getName());

    range.addValueChangeListener(e -> {
      if (!CUSTOM.equals(e.getValue())) {
        LocalDate end = LocalDate.ofInstant(dashboards.now(), ZoneOffset.UTC);
        to.setValue(end);
        from.setValue(end.minusDays(Long.parseLong(e.getValue()) - 1));
      }
      showDates();
      refresh();
    });
    from.addValueChangeListener(e -> refreshIfCustom(e.isFromClient()));
    to.addValueChangeListener(e -> refreshIfCustom(e.isFromClient()));
    area.addValueChangeListener(e -> refresh());

    FlexLayout filters = new FlexLayout(range, from, to, area);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
    panels.setId("dashboard-panels");
    add(new H2(getTranslation("triage.dashboard.title")), filters, panels);
    showDates();
    refresh();
  }

  private void showDates() {
    boolean custom = CUSTOM.equals(range.getValue());
    from.setVisible(custom);
    to.setVisible(custom);
  }

  private void refreshIfCustom(boolean fromClient) {
    if (fromClient && CUSTOM.equals(range.getValue())) {
      refresh();
    }
  }

  private void refresh() {
    panels.removeAll();
    Period period;
    try {
      period = dashboards.period(text(from.getValue()), text(to.getValue()), area.getValue() == null ? null : area.getValue().getId());
    } catch (InvalidInputException e) {
      Notification.show(getTranslation("triage.dashboard.bad-period", Period.LONGEST.toDays()));
      return;
    }
    Dashboards.Dashboard dashboard = dashboards.dashboard(period);
    panels.add(perDay(Dashboards.KINDS, dashboard.byKind(), Map.of(), "triage.dashboard.by-kind"));
    panels.add(perDay(Dashboards.AREAS, dashboard.byArea(), dashboard.areaNames(), "triage.dashboard.by-area"));
    dashboard.panels().forEach(p -> panels.add(panel(p)));
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private Div perDay(String name, Dashboards.PerDay perDay, Map<Long, String> names, String titleKey) {
    String title = getTranslation(titleKey);
    List<String> days = perDay.days().stream().map(d -> d.toString().substring(5)).toList();
    List<ColumnChart.Series> series = new ArrayList<>();
    perDay.series().forEach((key, counts) -> series.add(new ColumnChart.Series(seriesLabel(key, names), java.util.Arrays.stream(counts).asDoubleStream().toArray())));
    Div section = section(name, title);
    Div cards = cards(List.of(card(getTranslation("triage.dashboard.submissions"), String.format(getLocale(), "%,d", perDay.total()))));
    ColumnChart chart = new ColumnChart(title, days, series);
    chart.setId("dashboard-chart-" + name);
    section.add(cards, chart, download(name, Dashboards.csv(perDay, name.equals(Dashboards.KINDS) ? "kind" : "area", names)));
    return section;
  }

  private String seriesLabel(String key, Map<Long, String> names) {
    if (names.isEmpty()) {
      return getTranslation("triage.kind." + key);
    }
    return key.equals(Dashboards.NO_AREA) ? getTranslation("triage.dashboard.no-area") : Dashboards.seriesName(key, names);
  }

  private Div panel(DashboardPanel panel) {
    Div section = section(panel.panel(), getTranslation(panel.titleKey()));
    List<Div> cards = new ArrayList<>();
    List<BarChart.Bar> shares = new ArrayList<>();
    for (DashboardPanel.Figure f : panel.figures()) {
      String label = getTranslation(f.key());
      cards.add(card(label, value(f.value(), f.unit())));
      if (f.unit() == DashboardPanel.Unit.PERCENT && f.value() != null) {
        shares.add(new BarChart.Bar(label, f.value().doubleValue(), value(f.value(), f.unit())));
      }
    }
    section.add(cards(cards));
    if (!shares.isEmpty()) {
      BarChart chart = new BarChart(getTranslation(panel.titleKey()), shares);
      chart.setId("dashboard-chart-" + panel.panel());
      section.add(chart);
    }
    int n = 0;
    for (DashboardPanel.Ranking r : panel.rankings()) {
      String title = getTranslation(r.key(), r.unit());
      // money carries its currency beside every figure; other rankings count things
      String suffix = r.unit().matches("[A-Z]{3}") ? " " + r.unit() : "";
      section.add(new H3(title));
      if (r.entries().isEmpty()) {
        section.add(new Span(getTranslation("triage.dashboard.none")));
        continue;
      }
      BarChart chart = new BarChart(title, r.entries().stream()
          .map(e -> new BarChart.Bar(e.label(), e.value().doubleValue(), e.value().toPlainString() + suffix)).toList());
      chart.setId("dashboard-chart-" + panel.panel() + "-" + n++);
      section.add(chart);
    }
    section.add(download(panel.panel(), Dashboards.csv(panel)));
    return section;
  }

  private String value(BigDecimal value, DashboardPanel.Unit unit) {
    if (value == null) {
      return "—";
    }
    return switch (unit) {
      case COUNT -> String.format(getLocale(), "%,d", value.longValue());
      case PERCENT -> value.toPlainString() + " %";
      case HOURS -> getTranslation("triage.dashboard.hours", value.toPlainString());
    };
  }

  private static Div section(String name, String title) {
    Div section = new Div(new H3(title));
    section.setId("dashboard-" + name);
    section.getStyle().set("margin-block", "var(--lumo-space-l)");
    return section;
  }

  private static Div cards(List<Div> cards) {
    Div row = new Div();
    cards.forEach(row::add);
    row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)").set("margin-block", "var(--lumo-space-s)");
    return row;
  }

  private static Div card(String label, String value) {
    Span figure = new Span(value);
    figure.addClassName("dashboard-figure");
    figure.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
    Span caption = new Span(label);
    caption.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    Div card = new Div(figure, caption);
    card.addClassName("dashboard-card");
    card.getElement().setAttribute("aria-label", label + ": " + value);
    card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-10pct)")
        .set("border-radius", "var(--lumo-border-radius-m)").set("min-width", "10em");
    return card;
  }

  private Anchor download(String name, String csv) {
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    Anchor anchor = new Anchor(DownloadHandler.fromInputStream(
        event -> new DownloadResponse(new ByteArrayInputStream(bytes), "dashboard-" + name + ".csv", "text/csv", bytes.length)),
        getTranslation("triage.dashboard.csv"));
    anchor.setId("dashboard-csv-" + name);
    return anchor;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("triage.dashboard.title");
  }
}
