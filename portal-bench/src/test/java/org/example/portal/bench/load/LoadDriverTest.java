package org.example.portal.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.net.URI;
import org.example.portal.bench.report.Report;
import org.junit.jupiter.api.Test;

class LoadDriverTest {

  @Test
  void loadGoesOnlyToThisMachine() {
    assertEquals(URI.create("http://127.0.0.1:9380"), LoadDriver.local(URI.create("http://localhost:9380/")));
    assertThrows(IllegalArgumentException.class, () -> LoadDriver.local(URI.create("http://example.com:9380")));
  }

  @Test
  void errorsCountEveryFailureAndEveryResponseOutside2xx() {
    var wrk =
        Json.createObjectBuilder()
            .add("requests", 2000).add("durationMicros", 2_000_000).add("non2xx", 3).add("connectErrors", 1)
            .add("readErrors", 0).add("writeErrors", 0).add("timeouts", 2)
            .add("p50Micros", 1500).add("p90Micros", 4000).add("p99Micros", 9000).add("maxMicros", 25_000)
            .build();

    Report.Row row = LoadDriver.row(Scenario.HEALTH, wrk);

    assertEquals(6.0, row.metrics().get("errors"));
    assertEquals(1000.0, row.metrics().get("req/s"));
    assertEquals(1.5, row.metrics().get("p50 ms"));
    assertEquals(25.0, row.metrics().get("max ms"));
  }

  @Test
  void everyScenarioHasAScript() {
    for (Scenario scenario : Scenario.values()) {
      assertEquals(scenario, Scenario.byId(scenario.id()));
      assertEquals(true, LoadDriverTest.class.getResource("/wrk/" + scenario.id() + ".lua") != null, scenario.id());
    }
  }
}
