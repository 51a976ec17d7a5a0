package org.example.portal.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * A small client for the portal's REST API under {@code /api/v1}, as one caller: anonymous, HTTP Basic or a
 * Bearer token. Returns every response as it came, so tests assert on statuses and problem+json bodies.
 */
public final class PortalApi {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

  private final String authorization;

  private PortalApi(String authorization) {
    this.authorization = authorization;
  }

  public static PortalApi anonymous() {
    return new PortalApi(null);
  }

  public static PortalApi basic(String email, String password) {
    String pair = email + ":" + password;
    return new PortalApi("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  public static PortalApi bearer(String token) {
    return new PortalApi("Bearer " + token);
  }

  /** The first admin the test server was started with (PORTAL_ADMIN_EMAIL / PORTAL_ADMIN_PASSWORD). */
  public static PortalApi admin() {
    return basic(Settings.adminEmail(), Settings.adminPassword());
  }

  public Reply get(String path) {
    return send("GET", path, null);
  }

  /** A GET that accepts another media type than JSON, e.g. {@code text/csv}. */
  public Reply get(String path, String accept) {
    return send("GET", path, null, null, accept);
  }

  /** A GET with one more request header, e.g. {@code If-None-Match} for a conditional request. */
  public Reply get(String path, String accept, String header, String value) {
    return send("GET", path, null, null, accept, Map.of(header, value));
  }

  public Reply post(String path, JsonStructure body) {
    return send("POST", path, body.toString());
  }

  public Reply put(String path, JsonStructure body) {
    return send("PUT", path, body.toString());
  }

  /** Sends the body exactly as given, e.g. JSON that is not well-formed. */
  public Reply postRaw(String path, String body) {
    return send("POST", path, body);
  }

  /** Sends bytes of another media type, e.g. a ZIP archive. */
  public Reply postBytes(String path, String contentType, byte[] body) {
    return send("POST", path, contentType, HttpRequest.BodyPublishers.ofByteArray(body), "application/json");
  }

  public Reply delete(String path) {
    return send("DELETE", path, null);
  }

  private Reply send(String method, String path, String body) {
    return send(method, path, body == null ? null : "application/json",
        body == null ? null : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), "application/json");
  }

  private Reply send(String method, String path, String contentType, HttpRequest.BodyPublisher body, String accept) {
    return send(method, path, contentType, body, accept, Map.of());
  }

  private Reply send(String method, String path, String contentType, HttpRequest.BodyPublisher body, String accept, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Settings.baseUrl() + "/api/v1/" + path.replaceFirst("^/", "")))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", accept + ", application/problem+json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType);
      request.method(method, body);
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(method + " " + path, response);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " was interrupted", e);
    }
  }

  /** One response: status, headers and the body, readable as JSON. */
  public static final class Reply {
    private final String request;
    private final HttpResponse<String> response;

    Reply(String request, HttpResponse<String> response) {
      this.request = request;
      this.response = response;
    }

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    /** The media type without parameters, e.g. {@code application/problem+json}. */
    public String contentType() {
      return header("Content-Type").map(t -> t.split(";")[0].strip()).orElse("");
    }

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body()))) {
        return reader.readObject();
      } catch (RuntimeException e) {
        throw new AssertionError(this + " did not answer with a JSON object", e);
      }
    }

    public JsonArray jsonArray() {
      try (JsonReader reader = Json.createReader(new StringReader(body()))) {
        return reader.readArray();
      } catch (RuntimeException e) {
        throw new AssertionError(this + " did not answer with a JSON array", e);
      }
    }

    /** For assertion messages: the request and what came back. */
    @Override
    public String toString() {
      return request + " -> " + status() + " " + contentType() + " " + body();
    }
  }
}
