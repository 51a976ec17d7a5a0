package org.example.portal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/** Accounts each test creates for itself, with e-mail addresses no other test (or run) uses. */
public final class TestAccounts {

  /** Long enough for the portal's rule (at least 10 characters). */
  public static final String PASSWORD = "correct-horse-battery-1";

  private TestAccounts() {}

  /** A person with an account and the password they sign in with. */
  public record Person(long id, String email, String displayName, String password) {
    public PortalApi api() {
      return PortalApi.basic(email, password);
    }
  }

  /** e.g. {@code customer-3f2a9c1e@it.portal.test}: lower case, as the portal stores addresses. */
  public static String uniqueEmail(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.portal.test";
  }

  public static JsonObject registration(String email, String displayName, String password) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("displayName", displayName)
        .add("password", password)
        .add("language", "en")
        .build();
  }

  /** A customer who registered through the API. */
  public static Person registerCustomer(String displayName) {
    String email = uniqueEmail("customer");
    PortalApi.Reply reply = PortalApi.anonymous().post("accounts", registration(email, displayName, PASSWORD));
    assertEquals(201, reply.status(), () -> "registering a customer: " + reply);
    return new Person(reply.json().getJsonNumber("id").longValue(), email, displayName, PASSWORD);
  }

  /**
   * A staff member the first admin invited with one role, who then chose a password through the link in the
   * invitation e-mail.
   */
  public static Person inviteStaff(String role, String displayName) {
    String email = uniqueEmail(role.toLowerCase().replace('_', '-'));
    PortalApi.Reply invited =
        PortalApi.admin()
            .post(
                "admin/accounts/invitations",
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("displayName", displayName)
                    .add("roles", Json.createArrayBuilder().add(role))
                    .build());
    assertEquals(201, invited.status(), () -> "inviting " + email + ": " + invited);
    String token = Mailbox.awaitMailTo(email).token();
    PortalApi.Reply accepted =
        PortalApi.anonymous()
            .post("accounts/invitation/accept", Json.createObjectBuilder().add("token", token).add("password", PASSWORD).build());
    assertEquals(204, accepted.status(), () -> "accepting the invitation of " + email + ": " + accepted);
    return new Person(invited.json().getJsonNumber("id").longValue(), email, displayName, PASSWORD);
  }
}
