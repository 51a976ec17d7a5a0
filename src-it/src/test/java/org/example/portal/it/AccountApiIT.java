package org.example.portal.it;

import static org.example.portal.it.support.Problems.assertEveryErrorHasAMessage;
import static org.example.portal.it.support.Problems.assertProblem;
import static org.example.portal.it.support.Problems.fields;
import static org.example.portal.it.support.TestAccounts.PASSWORD;
import static org.example.portal.it.support.TestAccounts.registration;
import static org.example.portal.it.support.TestAccounts.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Locale;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.Test;

/** Registration, authentication (Basic, API tokens) and role checks of the REST API. */
class AccountApiIT extends DeployedPortal {

  private final PortalApi anonymous = PortalApi.anonymous();

  @Test
  void a_customer_registers_and_gets_201_with_the_account_but_never_the_password_hash() {
    String email = uniqueEmail("new-customer");

    PortalApi.Reply reply = anonymous.post("accounts", registration(email, "Nora New", PASSWORD));

    assertEquals(201, reply.status(), reply::toString);
    JsonObject account = reply.json();
    assertAll(
        () -> assertEquals(email, account.getString("email")),
        () -> assertEquals("Nora New", account.getString("displayName")),
        () -> assertEquals(List.of("CUSTOMER"), account.getJsonArray("roles").getValuesAs(JsonString::getString)),
        () -> assertEquals("en", account.getString("language")),
        () -> assertTrue(account.getBoolean("enabled")),
        () -> assertTrue(account.getJsonNumber("id").longValue() > 0),
        () -> assertTrue(reply.header("Location").orElse("").endsWith("/api/v1/me"), () -> "Location of " + reply),
        () -> assertTrue(account.keySet().stream().noneMatch(k -> k.toLowerCase(Locale.ROOT).contains("password")), reply::toString),
        () -> assertFalse(reply.body().contains(PASSWORD), reply::toString),
        () -> assertFalse(reply.body().toLowerCase(Locale.ROOT).contains("pbkdf2"), reply::toString));
  }

  @Test
  void registering_a_taken_e_mail_again_is_refused_with_409_and_a_readable_message_about_the_email_field() {
    String email = uniqueEmail("twice");
    assertEquals(201, anonymous.post("accounts", registration(email, "First", PASSWORD)).status());

    for (String again : List.of(email, email.toUpperCase(Locale.ROOT))) {
      JsonObject problem = assertProblem(409, anonymous.post("accounts", registration(again, "Second", PASSWORD)));

      assertTrue(problem.getString("detail").contains(email), problem::toString);
      assertTrue(problem.getString("detail").contains("already exists"), problem::toString);
      assertEquals(List.of("email"), fields(problem));
      assertEveryErrorHasAMessage(problem);
    }
  }

  @Test
  void a_body_that_is_not_json_is_refused_with_400_problem_json() {
    JsonObject problem = assertProblem(400, anonymous.postRaw("accounts", "{\"email\": \"a@b.example\", "));

    assertTrue(problem.getString("detail").contains("could not be read"), problem::toString);
  }

  @Test
  void every_invalid_field_of_a_registration_gets_one_entry_in_errors() {
    JsonObject invalid = registration("not-an-e-mail", "", "short");

    JsonObject problem = assertProblem(400, anonymous.post("accounts", invalid));

    assertEquals(List.of("displayName", "email", "password"), fields(problem).stream().sorted().toList(), problem::toString);
    assertEveryErrorHasAMessage(problem);
  }

  @Test
  void each_invalid_field_alone_is_named_in_errors() {
    record Case(String invalidField, JsonObject registration) {}
    String email = uniqueEmail("one-bad-field");
    List<Case> cases =
        List.of(
            new Case("email", registration("no-at-sign", "Valid Name", PASSWORD)),
            new Case("displayName", registration(email, " ", PASSWORD)),
            new Case("password", registration(email, "Valid Name", "too-short")));
    for (Case c : cases) {
      JsonObject problem = assertProblem(400, anonymous.post("accounts", c.registration()));
      assertEquals(List.of(c.invalidField()), fields(problem), problem::toString);
      assertEveryErrorHasAMessage(problem);
    }
  }

  @Test
  void me_without_credentials_is_401_with_a_www_authenticate_challenge() {
    PortalApi.Reply reply = anonymous.get("me");

    assertProblem(401, reply);
    assertTrue(reply.header("WWW-Authenticate").orElse("").contains("Basic"), reply::toString);
  }

  @Test
  void a_wrong_password_is_401() {
    Person customer = TestAccounts.registerCustomer("Wanda Wrong");

    PortalApi.Reply reply = PortalApi.basic(customer.email(), "not-the-password").get("me");

    assertProblem(401, reply);
    assertTrue(reply.header("WWW-Authenticate").isPresent(), reply::toString);
  }

  @Test
  void http_basic_with_e_mail_and_password_signs_the_customer_in() {
    Person customer = TestAccounts.registerCustomer("Bella Basic");

    PortalApi.Reply reply = customer.api().get("me");

    assertEquals(200, reply.status(), reply::toString);
    assertEquals(customer.email(), reply.json().getString("email"));
    assertEquals(customer.id(), reply.json().getJsonNumber("id").longValue());
  }

  @Test
  void a_personal_api_token_works_as_bearer_until_it_is_revoked() {
    Person customer = TestAccounts.registerCustomer("Toby Token");
    PortalApi.Reply created =
        customer.api().post("me/tokens", Json.createObjectBuilder().add("name", "script").add("validDays", 30).build());
    assertEquals(201, created.status(), created::toString);
    String token = created.json().getString("token");
    long tokenId = created.json().getJsonNumber("id").longValue();
    PortalApi withToken = PortalApi.bearer(token);

    PortalApi.Reply me = withToken.get("me");
    assertEquals(200, me.status(), me::toString);
    assertEquals(customer.email(), me.json().getString("email"));

    assertEquals(204, customer.api().delete("me/tokens/" + tokenId).status());

    PortalApi.Reply revoked = withToken.get("me");
    assertProblem(401, revoked);
    assertTrue(revoked.header("WWW-Authenticate").isPresent(), revoked::toString);
  }

  @Test
  void a_customer_gets_403_on_a_staff_endpoint_where_a_staff_member_gets_200() {
    Person customer = TestAccounts.registerCustomer("Carl Customer");
    Person agent = TestAccounts.inviteStaff("SUPPORT_AGENT", "Sue Support");

    assertProblem(403, customer.api().get("teams"));

    PortalApi.Reply asStaff = agent.api().get("teams");
    assertEquals(200, asStaff.status(), asStaff::toString);
    asStaff.jsonArray();
  }

  @Test
  void a_customer_gets_403_on_admin_endpoints() {
    PortalApi customer = TestAccounts.registerCustomer("Ada Notadmin").api();
    JsonObject invitation =
        Json.createObjectBuilder()
            .add("email", uniqueEmail("never-invited"))
            .add("displayName", "Never Invited")
            .add("roles", Json.createArrayBuilder().add("SUPPORT_AGENT"))
            .build();

    assertProblem(403, customer.get("admin/accounts?role=CUSTOMER"));
    assertProblem(403, customer.post("admin/accounts/invitations", invitation));
    assertProblem(403, customer.post("catalog/areas", Json.createObjectBuilder().add("name", "Not mine").build()));
    assertProblem(403, customer.post("teams", Json.createObjectBuilder().add("name", "Not mine").add("kind", "PRODUCT").build()));
  }

  @Test
  void the_health_endpoint_says_up_without_credentials() {
    PortalApi.Reply reply = anonymous.get("health");

    assertEquals(200, reply.status(), reply::toString);
    assertEquals("UP", reply.json().getString("status"));
    assertEquals("UP", reply.json().getString("database"));
    assertTrue(List.of("READY", "RECONCILING").contains(reply.json().getString("search")), reply::toString);
    assertTrue(List.of("READY", "RECONCILING").contains(reply.json().getString("startup")), reply::toString);
  }
}
