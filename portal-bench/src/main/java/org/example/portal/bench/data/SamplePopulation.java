package org.example.portal.bench.data;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.Set;

/**
 * Product samples: one program per 500 customers (500,000 customers make 1,000 programs), a request from
 * two customers in five (200,000 requests) and a submitted round of feedback for three requests in four
 * (150,000 responses, each answering the four questions every program asks). The states mix as a live
 * portal's would, and dates count back from today with every reminder already recorded, so the portal's
 * reminder job finds only the few requests that really fall due and mails nobody else.
 */
public final class SamplePopulation implements Population {

  static final int CUSTOMERS_PER_PROGRAM = 500;
  static final int MAX_PROGRAMS = 1_000;
  static final int UNITS = 1_000;
  static final int DUE_DAYS = 14;
  private static final String[] TIERS = {"STANDARD", "STANDARD", "STANDARD", "SILVER", "SILVER", "GOLD", "PLATINUM"};
  private static final String[] TERRAIN = {"Road", "Trail", "Snow"};
  private static final String[] BUY = {"Yes", "No", "Maybe"};
  private static final String[] COMMENTS = {
    "Comfortable from the first day", "The laces are too short", "Grippy on wet rock", "Runs a size small", "Would love a wider fit",
    "Battery lasts two days", "The strap broke after a week", "Quiet and well made"
  };

  /** The generated programs, for the load scenarios. */
  public record SampleData(IdBlock programs) {}

  @Override
  public String name() {
    return "samples";
  }

  @Override
  public Set<String> after() {
    return Set.of("core");
  }

  @Override
  public void load(PopulationContext context) throws SQLException {
    CoreData core = context.get(CoreData.class);
    Random random = context.random();
    OffsetDateTime today = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
    int customers = core.customers().count();
    int programCount = Math.max(1, Math.min(MAX_PROGRAMS, customers / CUSTOMERS_PER_PROGRAM));
    IdBlock programIds = context.reserveIds("samples_program_seq", programCount);
    long[] areas = new long[programCount];
    int[] taken = new int[programCount];

    // Requests first, counting units per program, then the programs with their counts in one pass each.
    int requestCount = (int) (customers * 2L / 5);
    IdBlock requestIds = context.reserveIds("samples_request_seq", requestCount);
    IdBlock responseIds = context.reserveIds("samples_response_seq", requestCount);
    IdBlock historyIds = context.reserveIds("samples_history_seq", requestCount);
    String[] states = new String[requestCount];
    int[] programOf = new int[requestCount];
    for (int i = 0; i < requestCount; i++) {
      programOf[i] = random.nextInt(programCount);
      states[i] = state(random);
      if (!states[i].equals("APPLIED") && !states[i].equals("DECLINED")) {
        taken[programOf[i]]++;
      }
    }
    for (int p = 0; p < programCount; p++) {
      areas[p] = core.areaIds().get(p % core.areaIds().size());
    }
    try (BulkInsert programs =
            context.insert(
                "samples_program", programCount,
                "id", "name", "product_version", "description", "area_id", "units", "units_taken", "invitation_only", "terms", "terms_version",
                "opens_at", "closes_at", "due_days", "auto_approve", "state", "created_by", "created_at", "version");
        BulkInsert questions =
            context.insertAfter(programs, "samples_question", programCount * 4L, "program_id", "position", "text", "kind", "required", "choices")) {
      for (int p = 0; p < programCount; p++) {
        long id = programIds.id(p);
        programs.row(
            id, "Prototype " + (p + 1), "v" + (1 + p % 3), "A prototype for customers to try for two weeks.", areas[p], Math.max(UNITS, taken[p]), taken[p],
            false, "Do not resell the sample.", 1, today.minusDays(90), today.plusDays(30 + p % 60), DUE_DAYS, false, "OPEN", core.adminId(),
            today.minusDays(100), 1L);
        questions.row(id, 1, "How comfortable is it?", "RATING", true, null);
        questions.row(id, 2, "Where did you use it?", "MULTIPLE_CHOICE", false, String.join("\n", TERRAIN));
        questions.row(id, 3, "Would you buy it?", "SINGLE_CHOICE", true, String.join("\n", BUY));
        questions.row(id, 4, "Anything else?", "TEXT", false, null);
      }
    }

    try (BulkInsert requests =
            context.insert(
                "samples_request", requestCount,
                "id", "program_id", "customer_id", "customer_tier", "state", "applied_at", "terms_version", "terms_accepted_at", "decided_at",
                "decline_reason", "carrier", "tracking_number", "shipped_at", "delivered_at", "feedback_round", "feedback_due_at",
                "reminded_before_at", "reminded_due_at", "reminded_overdue_at", "version");
        BulkInsert history = context.insertAfter(requests, "samples_history", requestCount, "id", "request_id", "at", "actor_id", "from_state", "to_state", "note");
        BulkInsert answered =
            context.insertAfter(requests, "samples_response", requestCount, "id", "request_id", "program_id", "round", "submitted", "saved_at", "submitted_at", "version");
        BulkInsert answers = context.insertAfter(answered, "samples_answer", requestCount * 4L, "response_id", "position", "rating", "choices", "text")) {
      for (int i = 0; i < requestCount; i++) {
        long id = requestIds.id(i);
        // Every customer at most once, so no program has the same customer twice.
        long customer = core.customers().id((int) ((long) i * 5 / 2));
        String state = states[i];
        OffsetDateTime applied = today.minusDays(20 + random.nextInt(60));
        boolean decided = !state.equals("APPLIED");
        boolean shipped = !state.equals("APPLIED") && !state.equals("DECLINED") && !state.equals("APPROVED");
        boolean delivered = shipped && !state.equals("SHIPPED");
        OffsetDateTime deliveredAt =
            state.equals("DELIVERED") ? today.minusDays(random.nextInt(DUE_DAYS - 3)) : applied.plusDays(5);
        OffsetDateTime due = delivered && !state.equals("FEEDBACK_RECEIVED") ? deliveredAt.plusDays(DUE_DAYS) : null;
        boolean overdue = state.equals("OVERDUE");
        requests.row(
            id, programIds.id(programOf[i]), customer, TIERS[random.nextInt(TIERS.length)], state, applied, 1, applied,
            decided ? applied.plusDays(1) : null, state.equals("DECLINED") ? "No units left for your region" : null,
            shipped ? "DHL" : null, shipped ? "JD" + id : null, shipped ? applied.plusDays(2) : null, delivered ? deliveredAt : null,
            delivered ? 1 : null, due, overdue ? due.minusDays(3) : null, overdue ? due : null, overdue ? due.plusDays(1) : null, 1L);
        history.row(historyIds.id(i), id, applied, customer, null, "APPLIED", "Accepted terms version 1");
        if (state.equals("FEEDBACK_RECEIVED")) {
          long response = responseIds.id(i);
          OffsetDateTime sent = deliveredAt.plusDays(1 + random.nextInt(DUE_DAYS));
          answered.row(response, id, programIds.id(programOf[i]), 1, true, sent, sent, 1L);
          answers.row(response, 1, rating(random), null, null);
          if (random.nextBoolean()) {
            answers.row(response, 2, null, TERRAIN[random.nextInt(TERRAIN.length)], null);
          }
          answers.row(response, 3, null, BUY[random.nextInt(BUY.length)], null);
          if (random.nextInt(3) == 0) {
            answers.row(response, 4, null, null, COMMENTS[random.nextInt(COMMENTS.length)]);
          }
        }
      }
    }
    context.share(SampleData.class, new SampleData(programIds));
  }

  /** Ratings lean positive, as testers' do. */
  static int rating(Random random) {
    int roll = random.nextInt(100);
    return roll < 5 ? 1 : roll < 15 ? 2 : roll < 40 ? 3 : roll < 75 ? 4 : 5;
  }

  /** Three in four gave their feedback; the rest are on the way, waiting or late. */
  static String state(Random random) {
    int roll = random.nextInt(100);
    return roll < 75 ? "FEEDBACK_RECEIVED" : roll < 80 ? "OVERDUE" : roll < 86 ? "DELIVERED" : roll < 90 ? "SHIPPED" : roll < 94 ? "APPROVED" : roll < 97 ? "APPLIED" : "DECLINED";
  }
}
