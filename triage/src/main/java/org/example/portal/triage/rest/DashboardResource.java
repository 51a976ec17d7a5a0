package org.example.portal.triage.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.metrics.DashboardPanel;
import org.example.portal.core.metrics.Period;
import org.example.portal.triage.application.Dashboards;

/**
 * The staff dashboard as JSON and each of its panels as CSV, for one period of whole UTC days ({@code from}
 * and {@code to} included, at most 366 days; by default the last 30) and optionally one product area.
 * Customers get 403.
 */
@Path("triage/dashboard")
@RequestScoped
@RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class DashboardResource {

  @Inject Dashboards dashboards;

  /** One series of submissions per day: a kind or a product area, its total and a count per day. */
  public record SeriesDto(String key, String name, long total, long[] counts) {}

  /** Submissions per day: the days and one series per kind or area that has items in the period. */
  public record PerDayDto(List<LocalDate> days, List<SeriesDto> series) {

    static PerDayDto of(Dashboards.PerDay perDay, Map<Long, String> names) {
      return new PerDayDto(perDay.days(), perDay.series().entrySet().stream()
          .map(e -> new SeriesDto(e.getKey(), Dashboards.seriesName(e.getKey(), names), java.util.Arrays.stream(e.getValue()).sum(), e.getValue()))
          .toList());
    }
  }

  /** The dashboard: its period, submissions per day by kind and by area, and every feature's panel. */
  public record DashboardDto(LocalDate from, LocalDate to, Long areaId, long submissions, PerDayDto byKind, PerDayDto byArea,
      List<DashboardPanel> panels, List<String> csvPanels) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public DashboardDto dashboard(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("areaId") Long areaId) {
    Period period = dashboards.period(from, to, areaId);
    Dashboards.Dashboard dashboard = dashboards.dashboard(period);
    return new DashboardDto(LocalDate.ofInstant(period.from(), ZoneOffset.UTC), LocalDate.ofInstant(period.to(), ZoneOffset.UTC).minusDays(1),
        areaId, dashboard.byKind().total(), PerDayDto.of(dashboard.byKind(), Map.of()), PerDayDto.of(dashboard.byArea(), dashboard.areaNames()),
        dashboard.panels(), dashboards.panelNames());
  }

  /** One panel as CSV: {@code kinds}, {@code areas} or a feature's panel such as {@code support}. */
  @GET
  @Path("{panel}.csv")
  @Produces("text/csv")
  public Response csv(@PathParam("panel") String panel, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("areaId") Long areaId) {
    String csv = dashboards.csv(dashboards.period(from, to, areaId), panel);
    return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"dashboard-" + panel.replaceAll("[^a-z0-9-]", "") + ".csv\"").build();
  }
}
