package org.example.portal.it.prototypes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.TestAccounts.Person;

/** Sample programs and requests built through the REST API, as a product team and customers would. */
public final class SampleFixtures {

  private SampleFixtures() {}

  /** A program open for applications now: four questions, rating 1 and single choice 3 required, due 14 days after delivery. */
  public static JsonObjectBuilder program(long areaId, String name, int units) {
    Instant now = Instant.now();
    JsonArrayBuilder questions =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("text", "How comfortable is it?").add("kind", "RATING").add("required", true))
            .add(Json.createObjectBuilder().add("text", "Where did you use it?").add("kind", "MULTIPLE_CHOICE").add("required", false)
                .add("choices", Json.createArrayBuilder().add("Road").add("Trail").add("Snow")))
            .add(Json.createObjectBuilder().add("text", "Would you buy it?").add("kind", "SINGLE_CHOICE").add("required", true)
                .add("choices", Json.createArrayBuilder().add("Yes").add("No")))
            .add(Json.createObjectBuilder().add("text", "Anything else?").add("kind", "TEXT").add("required", false));
    return Json.createObjectBuilder()
        .add("name", name + " " + UUID.randomUUID().toString().substring(0, 8))
        .add("productVersion", "v2")
        .add("description", "A prototype to try for two weeks.")
        .add("areaId", areaId)
        .add("units", units)
        .add("invitationOnly", false)
        .add("terms", "Do not resell or publish photos of the sample.")
        .add("opensAt", now.minus(Duration.ofHours(1)).toString())
        .add("closesAt", now.plus(Duration.ofDays(30)).toString())
        .add("dueDays", 14)
        .add("autoApprove", false)
        .add("questions", questions);
  }

  /** Creates and publishes a program; answers it as the product team sees it. */
  public static JsonObject publish(Person manager, JsonObject program) {
    PortalApi.Reply created = manager.api().post("samples/programs", program);
    assertEquals(201, created.status(), created::toString);
    long id = created.json().getJsonNumber("id").longValue();
    PortalApi.Reply published = manager.api().post("samples/programs/" + id + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, published.status(), published::toString);
    return published.json();
  }

  public static PortalApi.Reply apply(Person customer, JsonObject program) {
    return customer.api().post("samples/requests", Json.createObjectBuilder()
        .add("programId", id(program))
        .add("acceptTerms", true)
        .add("termsVersion", program.getInt("termsVersion"))
        .add("motivation", "I test everything")
        .build());
  }

  /** Applies, and the team approves, ships and records the delivery {@code daysAgo} days back. */
  public static long delivered(Person manager, Person customer, JsonObject program, int daysAgo) {
    PortalApi.Reply applied = apply(customer, program);
    assertEquals(201, applied.status(), applied::toString);
    long request = id(applied.json());
    if (!"APPROVED".equals(applied.json().getString("state"))) {
      assertOk(manager.api().post("samples/requests/" + request + "/approve", JsonValue.EMPTY_JSON_OBJECT));
    }
    Instant shipped = Instant.now().minus(Duration.ofDays(daysAgo + 1L));
    assertOk(manager.api().put("samples/requests/" + request + "/shipment", Json.createObjectBuilder()
        .add("carrier", "DHL").add("trackingNumber", "JD" + request).add("shippedAt", shipped.toString()).build()));
    assertOk(manager.api().put("samples/requests/" + request + "/delivery", Json.createObjectBuilder()
        .add("deliveredAt", Instant.now().minus(Duration.ofDays(daysAgo)).toString()).build()));
    return request;
  }

  public static JsonObject answers(Map<Integer, JsonObjectBuilder> byPosition) {
    JsonArrayBuilder answers = Json.createArrayBuilder();
    byPosition.forEach((position, answer) -> answers.add(answer.add("position", position)));
    return Json.createObjectBuilder().add("answers", answers).build();
  }

  public static JsonObject fullAnswers(int rating, String buy, String text) {
    return answers(Map.of(
        1, Json.createObjectBuilder().add("rating", rating),
        2, Json.createObjectBuilder().add("choices", Json.createArrayBuilder().add("Trail")),
        3, Json.createObjectBuilder().add("choices", Json.createArrayBuilder().add(buy)),
        4, Json.createObjectBuilder().add("text", text)));
  }

  static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  public static JsonObject assertOk(PortalApi.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  /** Waits for the start signal of work that runs at the same moment on several threads. */
  static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
