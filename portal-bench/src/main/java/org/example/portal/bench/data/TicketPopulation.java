package org.example.portal.bench.data;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.Set;

/**
 * Support tickets: two per customer, each with five messages (500,000 customers make 1,000,000 tickets and
 * 5,000,000 messages). Statuses mix as in a live help desk, mostly closed with a working set of new, open and
 * waiting tickets spread over the support staff and teams; a fifth of the staff messages are internal notes,
 * and some solved tickets are rated. Service-level due times are set as the portal would for a normal ticket,
 * a few of the active ones already past them, so the queues have breached tickets to show.
 */
public final class TicketPopulation implements Population {

  static final int TICKETS_PER_CUSTOMER = 2;
  static final int MESSAGES_PER_TICKET = 5;
  private static final String[] TIERS = {"STANDARD", "STANDARD", "STANDARD", "SILVER", "SILVER", "GOLD", "PLATINUM"};
  private static final String[] PRIORITIES = {"LOW", "NORMAL", "NORMAL", "NORMAL", "HIGH", "URGENT"};
  private static final String[] SUBJECTS = {
    "Order has not arrived", "Invoice shows the wrong amount", "Cannot sign in", "Item arrived damaged", "Wrong colour delivered",
    "How do I return an item", "Assembly instructions missing", "Discount code does not work", "Change my delivery address",
    "Printer prints blank pages", "Chair wobbles after a week", "Charged twice", "Need a copy of my invoice", "Part missing from the box"
  };
  private static final long FIRST_RESPONSE_SECONDS = Duration.ofHours(8).toSeconds();
  private static final long RESOLUTION_SECONDS = Duration.ofHours(40).toSeconds();

  @Override
  public String name() {
    return "tickets";
  }

  @Override
  public Set<String> after() {
    return Set.of("core");
  }

  @Override
  public void load(PopulationContext context) throws SQLException {
    CoreData core = context.get(CoreData.class);
    Random random = context.random();
    // Times count back from now, so the active tickets' due times lie around the present as in a live queue.
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    long count = (long) core.customers().count() * TICKETS_PER_CUSTOMER;
    if (count * MESSAGES_PER_TICKET > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Too many tickets for one id block: " + count);
    }
    IdBlock ticketIds = context.reserveIds("selfservice_ticket_seq", (int) count);
    IdBlock messageIds = context.reserveIds("selfservice_message_seq", (int) count * MESSAGES_PER_TICKET);
    try (BulkInsert tickets =
            context.insert(
                "selfservice_ticket", count,
                "id", "customer_id", "customer_tier", "area_id", "subject", "description", "priority", "status", "channel", "team_id",
                "assignee_id", "created_at", "updated_at", "first_response_due", "first_response_at", "sla_target_seconds",
                "sla_used_seconds", "sla_running_since", "resolution_due", "resolution_breached", "solved_at", "closed_at",
                "rating_satisfied", "rating_comment", "rated_at", "idea_id", "merged_into_id", "version");
        BulkInsert messages =
            context.insertAfter(
                tickets, "selfservice_message", count * MESSAGES_PER_TICKET,
                "id", "ticket_id", "author_id", "from_staff", "visibility", "body", "channel", "created_at")) {
      for (int i = 0; i < count; i++) {
        long id = ticketIds.id(i);
        long customer = core.customers().id(i / TICKETS_PER_CUSTOMER);
        String status = status(random);
        boolean active = status.equals("NEW") || status.equals("OPEN") || status.equals("PENDING_CUSTOMER");
        // Active tickets are recent; solved ones are still within their reopen period (a week: older ones the portal
        // would close at once, all of them at the start of a benchmark); closed ones reach back a year.
        boolean solvedOnly = status.equals("SOLVED");
        OffsetDateTime created =
            now.minusMinutes(active ? random.nextInt(60 * 24 * 5) : solvedOnly ? 60 * 24 + random.nextInt(60 * 24 * 5) : 60 * 24 * 7 + random.nextInt(60 * 24 * 358));
        long staff = core.staff().id(random.nextInt(core.staff().count()));
        Long assignee = status.equals("NEW") && random.nextBoolean() ? null : staff;
        Long team = core.teamIds().isEmpty() ? null : core.teamIds().get(random.nextInt(core.teamIds().size()));
        OffsetDateTime firstDue = created.plusSeconds(FIRST_RESPONSE_SECONDS);
        OffsetDateTime firstAt = status.equals("NEW") ? null : created.plusMinutes(5 + random.nextInt(600));
        boolean running = status.equals("NEW") || status.equals("OPEN");
        long used = running ? 0 : Math.min(RESOLUTION_SECONDS, Duration.ofMinutes(30 + random.nextInt(60 * 50)).toSeconds());
        OffsetDateTime resolutionDue = running ? created.plusSeconds(RESOLUTION_SECONDS) : null;
        OffsetDateTime solved = solvedOnly ? created.plusMinutes(60 + random.nextInt(60 * 20)) : status.equals("CLOSED") ? created.plusMinutes(60 + random.nextInt(60 * 72)) : null;
        Boolean rating = solved != null && random.nextInt(3) == 0 ? random.nextInt(5) != 0 : null;
        tickets.row(
            id, customer, TIERS[random.nextInt(TIERS.length)], core.areaIds().get(random.nextInt(core.areaIds().size())),
            SUBJECTS[random.nextInt(SUBJECTS.length)], "Generated ticket " + (i + 1) + ": please help.", PRIORITIES[random.nextInt(PRIORITIES.length)],
            status, random.nextInt(4) == 0 ? "EMAIL" : "WEB", team, assignee, created,
            solved != null ? solved : created.plusMinutes(10), firstDue, firstAt, RESOLUTION_SECONDS, used,
            running ? created : null, resolutionDue, solved == null ? null : used > RESOLUTION_SECONDS, solved,
            status.equals("CLOSED") ? solved.plusDays(7) : null, rating, null, rating == null ? null : solved.plusHours(2), null, null, 1L);
        for (int m = 0; m < MESSAGES_PER_TICKET; m++) {
          boolean fromStaff = m % 2 == 1;
          boolean internal = fromStaff && random.nextInt(5) == 0;
          messages.row(
              messageIds.id(i * MESSAGES_PER_TICKET + m), id, fromStaff ? staff : customer, fromStaff, internal ? "INTERNAL" : "PUBLIC",
              fromStaff ? (internal ? "Checked the order history; looks like a carrier delay." : "Thank you, we are looking into it.") : "Any news on this?",
              "WEB", created.plusMinutes(m * 30L));
        }
      }
    }
  }

  /** Mostly closed; a working set of new, open and waiting tickets. */
  static String status(Random random) {
    int roll = random.nextInt(100);
    return roll < 8 ? "NEW" : roll < 20 ? "OPEN" : roll < 30 ? "PENDING_CUSTOMER" : roll < 45 ? "SOLVED" : "CLOSED";
  }
}
