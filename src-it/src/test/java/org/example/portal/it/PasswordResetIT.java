package org.example.portal.it;

import static org.example.portal.it.support.Problems.assertProblem;
import static org.example.portal.it.support.Problems.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.Mailbox.Mail;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.Settings;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.Test;

/** Forgotten passwords: a one-time link by e-mail, through the REST API and a real SMTP server. */
class PasswordResetIT extends DeployedPortal {

  private final PortalApi anonymous = PortalApi.anonymous();

  @Test
  void a_reset_link_by_e_mail_sets_a_new_password_and_works_only_once() {
    Person customer = TestAccounts.registerCustomer("Rita Reset");
    String newPassword = "a-brand-new-password-2";

    PortalApi.Reply requested = anonymous.post("accounts/password-reset", emailOf(customer.email()));
    assertEquals(202, requested.status(), requested::toString);

    Mail mail = Mailbox.awaitMailTo(customer.email());
    assertEquals("Reset your password", mail.subject());
    assertTrue(mail.body().contains("Rita Reset"), mail::body);
    assertTrue(mail.portalLink().startsWith(Settings.baseUrl() + "/reset-password?token="), mail::portalLink);

    PortalApi.Reply confirmed = anonymous.post("accounts/password-reset/confirm", newPassword(mail.token(), newPassword));
    assertEquals(204, confirmed.status(), confirmed::toString);

    assertEquals(200, PortalApi.basic(customer.email(), newPassword).get("me").status());
    assertProblem(401, PortalApi.basic(customer.email(), customer.password()).get("me"));

    JsonObject again =
        assertProblem(400, anonymous.post("accounts/password-reset/confirm", newPassword(mail.token(), "yet-another-password-3")));
    assertEquals(List.of("token"), fields(again), again::toString);
    assertEquals(200, PortalApi.basic(customer.email(), newPassword).get("me").status());
  }

  @Test
  void an_unknown_address_also_gets_202_and_no_mail_is_sent_to_it() {
    String unknown = TestAccounts.uniqueEmail("nobody");
    Person known = TestAccounts.registerCustomer("Kim Known");

    assertEquals(202, anonymous.post("accounts/password-reset", emailOf(unknown)).status());
    // The outbox relay sends due mail in the order it was queued: once the mail for the request made after
    // the unknown address has arrived, a mail for the unknown address would have arrived before it.
    assertEquals(202, anonymous.post("accounts/password-reset", emailOf(known.email())).status());
    Mailbox.awaitMailTo(known.email());

    assertEquals(List.of(), Mailbox.mailTo(unknown));
  }

  @Test
  void a_made_up_token_is_refused_with_400_naming_the_token() {
    JsonObject problem =
        assertProblem(400, anonymous.post("accounts/password-reset/confirm", newPassword("made-up-token", "long-enough-password")));

    assertEquals(List.of("token"), fields(problem), problem::toString);
  }

  private static JsonObject emailOf(String email) {
    return Json.createObjectBuilder().add("email", email).build();
  }

  private static JsonObject newPassword(String token, String password) {
    return Json.createObjectBuilder().add("token", token).add("password", password).build();
  }
}
