package org.example.portal.it.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.TestAccounts.Person;

/** Small steps on the ideas API that the ideas tests share. */
final class IdeasApi {

  private IdeasApi() {}

  static JsonObject idea(String title, String description, long areaId, String... tags) {
    JsonArrayBuilder tagArray = Json.createArrayBuilder();
    for (String tag : tags) {
      tagArray.add(tag);
    }
    return Json.createObjectBuilder().add("title", title).add("description", description).add("areaId", areaId).add("tags", tagArray).build();
  }

  static long submit(Person customer, String title, String description, long areaId) {
    PortalApi.Reply reply = customer.api().post("ideas", idea(title, description, areaId));
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonNumber("id").longValue();
  }

  static JsonObject vote(Person customer, long ideaId) {
    PortalApi.Reply reply = customer.api().put("ideas/" + ideaId + "/vote", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  static JsonObject status(Person staff, long ideaId, String status, String response) {
    PortalApi.Reply reply = staff.api().post("ideas/" + ideaId + "/status", Json.createObjectBuilder().add("status", status).add("response", response).build());
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  static JsonObject get(PortalApi api, long ideaId) {
    PortalApi.Reply reply = api.get("ideas/" + ideaId);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  static int votes(long ideaId) {
    return get(PortalApi.anonymous(), ideaId).getInt("votes");
  }
}
