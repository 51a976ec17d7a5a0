package org.example.portal.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.metrics.DashboardPanel;
import org.example.portal.core.metrics.Period;
import org.junit.jupiter.api.Test;

class DashboardsTest {

  private final Dashboards dashboards = new Dashboards();

  DashboardsTest() {
    dashboards.clock = Clock.fixed(Instant.parse("2026-12-02T15:30:00Z"), ZoneOffset.UTC);
  }

  @Test
  void theDefaultPeriodIsTheLastThirtyWholeUtcDaysUpToToday() {
    Period period = dashboards.period(null, " ", null);
    assertEquals(Instant.parse("2026-11-03T00:00:00Z"), period.from());
    assertEquals(Instant.parse("2026-12-03T00:00:00Z"), period.to());
  }

  @Test
  void bothDatesAreIncludedAndOneDayIsAPeriod() {
    Period period = dashboards.period("2026-01-01", "2026-01-01", null);
    assertEquals(1, period.length().toDays());
  }

  @Test
  void eachFaultOfThePeriodNamesItsParameter() {
    assertEquals("from", assertThrows(InvalidInputException.class, () -> dashboards.period("2026-13-01", null, null)).field());
    assertEquals("to", assertThrows(InvalidInputException.class, () -> dashboards.period(null, "yesterday", null)).field());
    assertEquals("from", assertThrows(InvalidInputException.class, () -> dashboards.period("2026-11-02", "2026-11-01", null)).field());
    assertEquals("to", assertThrows(InvalidInputException.class, () -> dashboards.period("2025-11-30", "2026-12-01", null)).field());
    assertEquals(366, dashboards.period("2025-12-01", "2026-12-01", null).length().toDays(), "366 days are allowed");
    assertEquals("to", assertThrows(InvalidInputException.class, () -> dashboards.period(null, "+999999999-12-31", null)).field(),
        "a date whose next day no calendar has");
    assertEquals("from", assertThrows(InvalidInputException.class, () -> dashboards.period("-999999999-01-01", "2026-01-01", null)).field());
    assertEquals("to", assertThrows(InvalidInputException.class, () -> dashboards.period("9999-12-01", "10000-01-01", null)).field());
  }

  @Test
  void perDayCsvListsDaysWithItemsAndDefusesFormulaNames() {
    Map<String, long[]> series = new TreeMap<>();
    series.put("7", new long[] {2, 0});
    series.put("8", new long[] {0, 1});
    Dashboards.PerDay perDay = new Dashboards.PerDay(List.of(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02")), series);
    assertEquals(3, perDay.total());
    assertEquals("day,area,count\r\n2026-12-01,Lamps,2\r\n2026-12-02,'=cmd,1\r\n", Dashboards.csv(perDay, "area", Map.of(7L, "Lamps", 8L, "=cmd")));
  }

  @Test
  void aPanelsCsvHasItsFiguresThenEachRankingAndLeavesMissingValuesEmpty() {
    DashboardPanel panel = new DashboardPanel("bids", "bids.dashboard.title",
        List.of(DashboardPanel.Figure.count("bids.dashboard.bids", 3), DashboardPanel.Figure.percent("rate", 0, 0)),
        List.of(new DashboardPanel.Ranking("bids.dashboard.top-products", "EUR",
            List.of(new DashboardPanel.Entry("@lamp", null, new BigDecimal("100.00")), new DashboardPanel.Entry("Desk, oak", null, new BigDecimal("12.50"))))));
    assertEquals("figure,unit,value,basis\r\nbids.dashboard.bids,COUNT,3,3\r\nrate,PERCENT,,0\r\n"
        + "\r\nranking,unit,place,label,value\r\nbids.dashboard.top-products,EUR,1,'@lamp,100\r\nbids.dashboard.top-products,EUR,2,\"Desk, oak\",12.5\r\n",
        Dashboards.csv(panel));
  }
}
