package org.example.portal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/** Assertions on RFC 9457 {@code application/problem+json} error responses. */
public final class Problems {

  private Problems() {}

  /** Asserts the status, the media type and a readable detail; returns the problem for further checks. */
  public static JsonObject assertProblem(int status, PortalApi.Reply reply) {
    assertEquals(status, reply.status(), () -> "status of " + reply);
    assertEquals("application/problem+json", reply.contentType(), () -> "media type of " + reply);
    JsonObject problem = reply.json();
    assertEquals(status, problem.getInt("status", -1), () -> "status in the body of " + reply);
    assertFalse(problem.getString("title", "").isBlank(), () -> "title of " + reply);
    assertFalse(problem.getString("detail", "").isBlank(), () -> "detail of " + reply);
    assertFalse(reply.body().contains("Exception"), () -> "a stack trace or exception name in " + reply);
    return problem;
  }

  /** The {@code field} of each entry in {@code errors}, in order; empty when there is no such list. */
  public static List<String> fields(JsonObject problem) {
    if (!problem.containsKey("errors") || problem.isNull("errors")) {
      return List.of();
    }
    return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
  }

  /** Asserts that every entry in {@code errors} has a message a person can read. */
  public static void assertEveryErrorHasAMessage(JsonObject problem) {
    for (JsonValue error : problem.getJsonArray("errors")) {
      JsonValue message = error.asJsonObject().get("message");
      assertTrue(
          message instanceof JsonString s && !s.getString().isBlank(), () -> "no message in error " + error);
    }
  }
}
