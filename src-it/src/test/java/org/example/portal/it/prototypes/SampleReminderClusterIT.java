package org.example.portal.it.prototypes;

import static org.example.portal.it.prototypes.SampleFixtures.assertOk;
import static org.example.portal.it.prototypes.SampleFixtures.await;
import static org.example.portal.it.prototypes.SampleFixtures.delivered;
import static org.example.portal.it.prototypes.SampleFixtures.program;
import static org.example.portal.it.prototypes.SampleFixtures.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.example.portal.it.support.Catalog;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.Settings;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.Test;

/**
 * The reminder job as several servers run it: the same due requests reminded by runs that start at the same
 * moment, each on its own request thread, transaction and database connection. Every customer still gets
 * each reminder once, recorded once, and later runs send nothing more.
 */
class SampleReminderClusterIT extends DeployedPortal {

  private static final int CUSTOMERS_PER_KIND = 12;
  private static final int RUNS_AT_ONCE = 4;

  @Test
  void runs_at_the_same_moment_send_each_customer_each_reminder_once_and_record_it_once() throws Exception {
    Person manager = TestAccounts.inviteStaff("PRODUCT_MANAGER", "Cleo Cluster");
    JsonObject program = publish(manager, program(Catalog.newProduct("Cluster shoe", "EUR").areaId(), "Cluster shoe", 3 * CUSTOMERS_PER_KIND).build());
    // Delivered 20 days ago: overdue; 13 days ago: due within a day; 12 days ago: due in two days.
    Map<String, Integer> deliveredDaysAgo = Map.of("is overdue", 20, "is due today", 13, "Reminder:", 12);
    List<Reminded> reminded = new ArrayList<>();
    deliveredDaysAgo.forEach((subject, days) -> IntStream.range(0, CUSTOMERS_PER_KIND).forEach(i -> {
      Person customer = TestAccounts.registerCustomer("Cluster " + days + "-" + i);
      reminded.add(new Reminded(customer, delivered(manager, customer, program, days), subject));
    }));

    ExecutorService servers = Executors.newFixedThreadPool(RUNS_AT_ONCE);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<PortalApi.Reply>> runs = IntStream.range(0, RUNS_AT_ONCE)
          .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            await(start);
            return PortalApi.admin().post("samples/reminders/run", JsonValue.EMPTY_JSON_OBJECT);
          }, servers))
          .toList();
      start.countDown();
      for (CompletableFuture<PortalApi.Reply> run : runs) {
        assertOk(run.get(2, TimeUnit.MINUTES));
      }
    } finally {
      servers.shutdownNow();
    }
    // A run after them, as the next minute's would be, finds nothing left to send.
    JsonObject again = assertOk(PortalApi.admin().post("samples/reminders/run", JsonValue.EMPTY_JSON_OBJECT));
    assertEquals(0, again.getInt("OVERDUE") + again.getInt("ON_DUE") + again.getInt("BEFORE_DUE"), again::toString);

    for (Reminded r : reminded) {
      Mailbox.awaitMailTo(r.customer().email(), r.subject());
    }
    Thread.sleep(3000);
    for (Reminded r : reminded) {
      List<Mailbox.Mail> mails = Mailbox.mailTo(r.customer().email());
      assertEquals(1, mails.stream().filter(m -> m.subject().contains(r.subject())).count(), () -> r + " got " + subjects(mails));
      assertEquals(1, mails.stream().filter(m -> m.subject().contains("feedback on")).count(), () -> r + " got " + subjects(mails));
      assertEquals(1, reminderRecords(r.request()), () -> "reminder records of request " + r.request());
    }
  }

  private record Reminded(Person customer, long request, String subject) {}

  private static List<String> subjects(List<Mailbox.Mail> mails) {
    return mails.stream().map(Mailbox.Mail::subject).toList();
  }

  /**
   * How many reminders the database records for a request: the state changes reminders made (one per
   * reminder), after checking that the request's reminder columns hold a single moment (a reminder that
   * skips earlier ones stamps them with its own moment).
   */
  private static long reminderRecords(long requestId) throws SQLException {
    try (Connection connection = DriverManager.getConnection(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword());
        PreparedStatement history = connection.prepareStatement(
            "select count(*) from samples_history where request_id = ? and to_state in ('FEEDBACK_DUE', 'OVERDUE')");
        PreparedStatement moments = connection.prepareStatement(
            "select count(distinct v.at) from samples_request r"
                + " cross join lateral (values (r.reminded_before_at), (r.reminded_due_at), (r.reminded_overdue_at)) v(at) where r.id = ?")) {
      history.setLong(1, requestId);
      moments.setLong(1, requestId);
      try (ResultSet changes = history.executeQuery(); ResultSet stamps = moments.executeQuery()) {
        changes.next();
        stamps.next();
        assertEquals(1, stamps.getLong(1), "reminder moments of request " + requestId);
        return changes.getLong(1);
      }
    }
  }
}
