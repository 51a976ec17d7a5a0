package org.example.portal.triage.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.metrics.DashboardPanel;
import org.example.portal.core.metrics.DashboardSource;
import org.example.portal.core.metrics.Period;
import org.example.portal.core.text.Csv;

/**
 * The staff dashboard: submissions per day by kind and by product area, counted in the inbox's daily totals, and the
 * panels the features contribute through core's {@link DashboardSource} (response times, service levels,
 * sample feedback, top ideas, bid revenue, deflection). Days are UTC days.
 */
@ApplicationScoped
public class Dashboards {

  /** The panel of submissions per day by kind. */
  public static final String KINDS = "kinds";
  /** The panel of submissions per day by product area. */
  public static final String AREAS = "areas";
  /** The series of items without a product area. */
  public static final String NO_AREA = "";
  /** The days a dashboard can cover: any the portal can have data of, and none its databases cannot store. */
  static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
  /** How many panels are measured at once, over every dashboard being shown. */
  private static final int PANELS_AT_ONCE = 4;

  @Inject @Any Instance<DashboardSource> sources;
  @Inject CatalogService catalog;
  @Inject DailyTotals totals;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  /**
   * The panels' own threads, made by the server so that they run in the application's context: panels are
   * measured at once, and never wait behind other work.
   */
  private ExecutorService executor;

  @PostConstruct
  void start() {
    executor = Executors.newFixedThreadPool(PANELS_AT_ONCE, threads);
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  Clock clock = Clock.systemUTC();

  /** Submissions per day: the days of the period and one count per day for each series, in the days' order. */
  public record PerDay(List<LocalDate> days, Map<String, long[]> series) {

    public long total() {
      return series.values().stream().flatMapToLong(java.util.Arrays::stream).sum();
    }
  }

  /** Everything the dashboard shows for one period. */
  public record Dashboard(Period period, PerDay byKind, PerDay byArea, Map<Long, String> areaNames, List<DashboardPanel> panels) {}

  /**
   * The period of whole UTC days from {@code from} to {@code to}, both included; by default the 30 days up to
   * today. Each fault is named by its parameter: an unreadable date, {@code from} after {@code to}, more than
   * {@link Period#LONGEST} days, an unknown area.
   */
  public Period period(String from, String to, Long areaId) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate last = date("to", to).orElse(today);
    LocalDate first = date("from", from).orElse(last.minusDays(29));
    if (first.isAfter(last)) {
      throw new InvalidInputException("from", "from must not lie after to.");
    }
    if (ChronoUnit.DAYS.between(first, last) + 1 > Period.LONGEST.toDays()) {
      throw new InvalidInputException("to", "A dashboard covers at most " + Period.LONGEST.toDays() + " days.");
    }
    if (areaId != null && catalog.findArea(areaId).isEmpty()) {
      throw new InvalidInputException("areaId", "There is no product area " + areaId + ".");
    }
    return new Period(first.atStartOfDay(ZoneOffset.UTC).toInstant(), last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), areaId);
  }

  private static Optional<LocalDate> date(String name, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, name + " is a date such as 2026-11-30.");
    }
    if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
      throw new InvalidInputException(name, name + " lies between " + FIRST_DAY + " and " + LAST_DAY + ".");
    }
    return Optional.of(date);
  }

  /**
   * Everything the dashboard shows. Each panel reads its own module's tables, so all are asked at once and the
   * dashboard takes about as long as its slowest panel, not as long as all of them.
   */
  public Dashboard dashboard(Period period) {
    List<CompletableFuture<DashboardPanel>> panels = sources.stream().sorted(Comparator.comparingInt(DashboardSource::order))
        .map(s -> CompletableFuture.supplyAsync(() -> s.figures(period), executor)).toList();
    Submissions submissions = submissions(period);
    return new Dashboard(period, submissions.byKind(), submissions.byArea(), areaNames(), panels.stream().map(Dashboards::join).toList());
  }

  /** A panel's figures once measured; a failure is rethrown as it was thrown. */
  private static <T> T join(CompletableFuture<T> panel) {
    try {
      return panel.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The names of every panel, in the dashboard's order: the two of submissions per day, then the features'. */
  public List<String> panelNames() {
    List<String> names = new ArrayList<>(List.of(KINDS, AREAS));
    sources.stream().sorted(Comparator.comparingInt(DashboardSource::order)).forEach(s -> names.add(s.panel()));
    return names;
  }

  /** One panel as CSV; 404 for a panel that does not exist. */
  public String csv(Period period, String panel) {
    return switch (panel) {
      case KINDS -> csv(submissions(period).byKind(), "kind", Map.of());
      case AREAS -> csv(submissions(period).byArea(), "area", areaNames());
      default -> csv(sources.stream().filter(s -> s.panel().equals(panel)).findFirst()
          .orElseThrow(() -> new NotFoundException("Dashboard panel", panel)).figures(period));
    };
  }

  private Map<Long, String> areaNames() {
    Map<Long, String> names = new LinkedHashMap<>();
    catalog.areas().forEach(a -> names.put(a.getId(), a.getName()));
    return names;
  }

  /** Submissions per day of a period, by kind and by product area. */
  public record Submissions(PerDay byKind, PerDay byArea) {}

  /**
   * Items per UTC day by kind and by area. Days that are over are counted once into {@link DailyTotals}, each in
   * a transaction of its own, and read from there: a month of a million-item inbox arrives as a few thousand
   * totals; today is counted live.
   */
  public Submissions submissions(Period period) {
    LocalDate firstDay = LocalDate.ofInstant(period.from(), ZoneOffset.UTC);
    LocalDate lastDay = LocalDate.ofInstant(period.to().minusNanos(1), ZoneOffset.UTC);
    int days = (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    totals.uncounted(firstDay, lastDay).forEach(totals::count);
    Map<String, long[]> kinds = new TreeMap<>();
    Map<String, long[]> areas = new TreeMap<>();
    for (DailyTotals.Total total : totals.read(firstDay, lastDay, period.areaId())) {
      int day = (int) ChronoUnit.DAYS.between(firstDay, total.day());
      if (day >= 0 && day < days) {
        kinds.computeIfAbsent(total.kind(), k -> new long[days])[day] += total.items();
        areas.computeIfAbsent(total.areaId() == null ? NO_AREA : String.valueOf(total.areaId()), k -> new long[days])[day] += total.items();
      }
    }
    List<LocalDate> dayList = new ArrayList<>(days);
    for (int i = 0; i < days; i++) {
      dayList.add(firstDay.plusDays(i));
    }
    return new Submissions(new PerDay(dayList, kinds), new PerDay(dayList, areas));
  }

  /** Submissions per day as CSV: one line per day and series with items, {@code day,<name>,count}. */
  public static String csv(PerDay perDay, String name, Map<Long, String> names) {
    StringBuilder csv = new StringBuilder("day,").append(name).append(",count\r\n");
    for (int i = 0; i < perDay.days().size(); i++) {
      for (Map.Entry<String, long[]> series : perDay.series().entrySet()) {
        long count = series.getValue()[i];
        if (count > 0) {
          csv.append(perDay.days().get(i)).append(',').append(Csv.field(seriesName(series.getKey(), names))).append(',').append(count).append("\r\n");
        }
      }
    }
    return csv.toString();
  }

  /** The name of a series: a kind as it is, an area by its name (or {@code #id} when it is gone). */
  public static String seriesName(String key, Map<Long, String> names) {
    if (names.isEmpty() || key.equals(NO_AREA)) {
      return key;
    }
    return names.getOrDefault(Long.valueOf(key), "#" + key);
  }

  /** A feature's panel as CSV: its figures, then each ranking's entries, under a header line each. */
  public static String csv(DashboardPanel panel) {
    StringBuilder csv = new StringBuilder("figure,unit,value,basis\r\n");
    for (DashboardPanel.Figure f : panel.figures()) {
      csv.append(Csv.field(f.key())).append(',').append(f.unit()).append(',').append(Csv.value(f.value())).append(',').append(f.basis()).append("\r\n");
    }
    for (DashboardPanel.Ranking r : panel.rankings()) {
      csv.append("\r\nranking,unit,place,label,value\r\n");
      int place = 1;
      for (DashboardPanel.Entry e : r.entries()) {
        csv.append(Csv.field(r.key())).append(',').append(Csv.field(r.unit())).append(',').append(place++).append(',')
            .append(Csv.field(e.label())).append(',').append(Csv.value(e.value())).append("\r\n");
      }
    }
    return csv.toString();
  }

  /** Today's instant, for views that offer periods relative to it. */
  public Instant now() {
    return clock.instant();
  }

  /** The product areas, for the area filter. */
  public List<ProductArea> areas() {
    return catalog.areas();
  }
}
