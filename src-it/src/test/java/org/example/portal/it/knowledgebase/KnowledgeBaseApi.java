package org.example.portal.it.knowledgebase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.Settings;

/** Knowledge base calls the tests repeat: a category, an article, publishing, searching. */
final class KnowledgeBaseApi {

  private KnowledgeBaseApi() {}

  /** A made-up word no other test or run uses, so a search for it finds only this test's articles. */
  static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
      word.append((char) ('a' + Character.digit(c, 16) % 26));
    }
    return word.toString();
  }

  /** The word with one letter left out: one edit away, whatever its letters. */
  static String typo(String word) {
    return word.substring(0, 4) + word.substring(5);
  }

  static long createCategory(PortalApi staff, String name) {
    PortalApi.Reply created = staff.post("kb/admin/categories", Json.createObjectBuilder().add("name", name).build());
    assertEquals(201, created.status(), created::toString);
    return created.json().getJsonNumber("id").longValue();
  }

  static long createSection(PortalApi staff, long parentId, String name) {
    PortalApi.Reply created = staff.post("kb/admin/categories", Json.createObjectBuilder().add("parentId", parentId).add("name", name).build());
    assertEquals(201, created.status(), created::toString);
    return created.json().getJsonNumber("id").longValue();
  }

  static JsonObject article(long categoryId, String language, String title, String body, boolean internal) {
    return Json.createObjectBuilder()
        .add("categoryId", categoryId)
        .add("language", language)
        .add("title", title)
        .add("body", body)
        .add("internal", internal)
        .build();
  }

  static long createDraft(PortalApi staff, JsonObject article) {
    PortalApi.Reply created = staff.post("kb/admin/articles", article);
    assertEquals(201, created.status(), created::toString);
    assertEquals("DRAFT", created.json().getString("status"));
    return created.json().getJsonNumber("id").longValue();
  }

  static JsonObject publish(PortalApi staff, long id) {
    PortalApi.Reply published = staff.post("kb/admin/articles/" + id + "/publish", Json.createObjectBuilder().build());
    assertEquals(200, published.status(), published::toString);
    return published.json();
  }

  static JsonObject search(PortalApi caller, String query) {
    PortalApi.Reply reply = caller.get("kb/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  static List<Long> hitIds(JsonObject results) {
    return results.getJsonArray("hits").stream().map(h -> h.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  static JsonObject answer(boolean helpful) {
    return Json.createObjectBuilder().add("helpful", helpful).build();
  }

  /** An anonymous visitor's browser session: it keeps the cookies the portal sets, and nothing else. */
  static final class Browser {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();

    JsonObject get(String path) {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    JsonObject post(String path, JsonObject body) {
      return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    List<HttpCookie> cookies() {
      return cookies.getCookieStore().getCookies();
    }

    private static URI uri(String path) {
      return URI.create(Settings.baseUrl() + "/api/v1/" + path);
    }

    private JsonObject send(HttpRequest.Builder request) {
      try {
        HttpResponse<String> response = http.send(request.header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response::body);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
          return reader.readObject();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
