package org.example.portal.it.selfservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.example.portal.it.support.PortalApi;

/** Ticket calls the ticket tests share. */
final class Tickets {

  private Tickets() {}

  /** A made-up word no other test uses, so searches and assertions find only this test's data. */
  static String uniqueWord() {
    StringBuilder word = new StringBuilder("tq");
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
      word.append((char) ('a' + Character.digit(c, 16) % 26));
    }
    return word.toString();
  }

  static JsonObject open(PortalApi customer, String subject, String description) {
    PortalApi.Reply reply = customer.post("tickets", Json.createObjectBuilder().add("subject", subject).add("description", description).build());
    assertEquals(201, reply.status(), reply::toString);
    return reply.json();
  }

  static long id(JsonObject ticket) {
    return ticket.getJsonNumber("id").longValue();
  }

  static long version(PortalApi caller, long ticketId) {
    return caller.get("tickets/" + ticketId).json().getJsonNumber("version").longValue();
  }

  static PortalApi.Reply reply(PortalApi caller, long ticketId, String body, boolean internal, String status, Long version) {
    JsonObjectBuilder form = Json.createObjectBuilder().add("body", body).add("internal", internal);
    if (status != null) {
      form.add("status", status);
    }
    if (version != null) {
      form.add("version", version);
    }
    return caller.post("tickets/" + ticketId + "/messages", form.build());
  }

  /** Publishes a public help-centre article as the admin and returns its id. */
  static long publishArticle(String title, String body, boolean internal) {
    PortalApi admin = PortalApi.admin();
    PortalApi.Reply category = admin.post("kb/admin/categories", Json.createObjectBuilder().add("name", "Tickets " + uniqueWord()).build());
    assertEquals(201, category.status(), category::toString);
    PortalApi.Reply draft = admin.post("kb/admin/articles", Json.createObjectBuilder()
        .add("categoryId", category.json().getJsonNumber("id").longValue())
        .add("language", "en").add("title", title).add("body", body).add("internal", internal).build());
    assertEquals(201, draft.status(), draft::toString);
    long id = draft.json().getJsonNumber("id").longValue();
    PortalApi.Reply published = admin.post("kb/admin/articles/" + id + "/publish", Json.createObjectBuilder().build());
    assertEquals(200, published.status(), published::toString);
    return id;
  }

  /** The suggestions for a text once the article index has caught up with the last commit (it does so right after it). */
  static String awaitSuggestions(String text, String expected) {
    Instant until = Instant.now().plus(Duration.ofSeconds(15));
    String body;
    do {
      PortalApi.Reply reply = PortalApi.anonymous().get("tickets/suggestions?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
      assertEquals(200, reply.status(), reply::toString);
      body = reply.body();
      if (body.contains(expected)) {
        return body;
      }
      sleep();
    } while (Instant.now().isBefore(until));
    assertTrue(body.contains(expected), "suggestions for " + text + ": " + body);
    return body;
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
