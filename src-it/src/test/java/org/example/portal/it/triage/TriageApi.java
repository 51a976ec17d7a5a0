package org.example.portal.it.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Predicate;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;

/** Helpers for triage tests: submissions of each kind, teams, rules and inbox items. */
final class TriageApi {

  private TriageApi() {}

  /** The staff members and the customer a test class works with, by role. */
  record Cast(Person lead, Person agent, Person manager, Person customer) {

    /** Invites a triage lead, a support agent and a product manager and registers a customer, with these names. */
    static Cast of(String lead, String agent, String manager, String customer) {
      return new Cast(TestAccounts.inviteStaff("TRIAGE_LEAD", lead), TestAccounts.inviteStaff("SUPPORT_AGENT", agent),
          TestAccounts.inviteStaff("PRODUCT_MANAGER", manager), TestAccounts.registerCustomer(customer));
    }
  }

  /** A made-up word of letters no other test uses, so that only one test's submissions read alike through it. */
  static String uniqueWord() {
    StringBuilder word = new StringBuilder("dq");
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
      word.append((char) ('a' + Character.digit(c, 16) % 26));
    }
    return word.toString();
  }

  static long submitIdea(Person customer, String title, String description, long areaId) {
    PortalApi.Reply reply = customer.api().post("ideas", Json.createObjectBuilder()
        .add("title", title).add("description", description).add("areaId", areaId).add("tags", Json.createArrayBuilder()).build());
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonNumber("id").longValue();
  }

  static long placeBid(Person customer, long productId, String price, int quantity, String requirements) {
    PortalApi.Reply reply = customer.api().post("bids", Json.createObjectBuilder()
        .add("productId", productId).add("unitPrice", new BigDecimal(price)).add("quantity", quantity)
        .add("requirements", requirements).build());
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonNumber("id").longValue();
  }

  static long team(String name, String kind, Collection<Long> areaIds, Collection<Long> memberIds) {
    PortalApi.Reply reply = PortalApi.admin().post("teams", Json.createObjectBuilder()
        .add("name", name).add("kind", kind).add("areaIds", array(areaIds)).add("memberIds", array(memberIds)).build());
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonNumber("id").longValue();
  }

  static JsonArrayBuilder array(Collection<?> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(v -> {
      if (v instanceof Long l) {
        array.add(l);
      } else {
        array.add(String.valueOf(v));
      }
    });
    return array;
  }

  static JsonObjectBuilder rule(String name, long teamId) {
    return Json.createObjectBuilder().add("name", name).add("teamId", teamId);
  }

  static long createRule(PortalApi lead, JsonObject rule) {
    PortalApi.Reply reply = lead.post("triage/rules", rule);
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonNumber("id").longValue();
  }

  /** The inbox item of a submission; the inbox takes submissions in moments after their commit. */
  static JsonObject item(PortalApi staff, String kind, long submissionId) {
    return item(staff, kind, submissionId, item -> true);
  }

  /** The inbox item of a submission once it shows what the test waits for, such as a new status. */
  static JsonObject item(PortalApi staff, String kind, long submissionId, Predicate<JsonObject> until) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (true) {
      PortalApi.Reply reply = staff.get("triage/inbox/submissions/" + kind + "/" + submissionId);
      if (reply.status() == 200 && until.test(reply.json())) {
        return reply.json();
      }
      if (System.currentTimeMillis() > deadline) {
        fail("No inbox item as expected for " + kind + " " + submissionId + ": " + reply);
      }
      sleep(100);
    }
  }

  /** The one item an inbox listing shows once the inbox has taken it, such as {@code triage/inbox?kind=...&areaId=...}. */
  static JsonObject only(PortalApi staff, String listing) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (true) {
      PortalApi.Reply reply = staff.get(listing);
      if (reply.status() == 200 && reply.json().getInt("total") == 1) {
        return reply.json().getJsonArray("items").getJsonObject(0);
      }
      if (System.currentTimeMillis() > deadline) {
        fail("Not exactly one item in " + listing + ": " + reply);
      }
      sleep(100);
    }
  }

  /** Starts an admin's inbox rebuild and waits for it to finish without error, at most {@code within}. */
  static JsonObject rebuild(Duration within) {
    PortalApi admin = PortalApi.admin();
    PortalApi.Reply started = admin.post("triage/rebuild", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(202, started.status(), started::toString);
    long deadline = System.currentTimeMillis() + within.toMillis();
    while (System.currentTimeMillis() < deadline) {
      JsonObject progress = admin.get("triage/rebuild").json();
      if (progress.getBoolean("finished")) {
        assertTrue(absent(progress, "error"), progress::toString);
        return progress;
      }
      sleep(200);
    }
    throw new AssertionError("The rebuild did not finish within " + within);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** JSON-B leaves out properties that are null. */
  static boolean absent(JsonObject json, String key) {
    return !json.containsKey(key) || json.isNull(key);
  }

  static Long longOrNull(JsonObject json, String key) {
    return absent(json, key) ? null : json.getJsonNumber(key).longValue();
  }
}
