package org.example.portal.it;

import static org.example.portal.it.support.Problems.assertEveryErrorHasAMessage;
import static org.example.portal.it.support.Problems.assertProblem;
import static org.example.portal.it.support.Problems.fields;
import static org.example.portal.it.support.TestAccounts.PASSWORD;
import static org.example.portal.it.support.TestAccounts.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.Mailbox.Mail;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.Settings;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.Test;

/** What the first admin (PORTAL_ADMIN_EMAIL) does through the REST API: staff, catalog and teams. */
class AdminFlowsIT extends DeployedPortal {

  private final PortalApi admin = PortalApi.admin();

  @Test
  void an_invited_staff_member_chooses_a_password_through_the_mailed_link_and_can_read_teams() {
    String email = uniqueEmail("invited-agent");

    PortalApi.Reply invited =
        admin.post(
            "admin/accounts/invitations",
            Json.createObjectBuilder()
                .add("email", email)
                .add("displayName", "Ivan Invited")
                .add("roles", Json.createArrayBuilder().add("SUPPORT_AGENT"))
                .build());
    assertEquals(201, invited.status(), invited::toString);
    assertEquals(List.of("SUPPORT_AGENT"), invited.json().getJsonArray("roles").getValuesAs(JsonString::getString));
    assertTrue(invited.json().getBoolean("invitationPending"), invited::toString);

    Mail mail = Mailbox.awaitMailTo(email);
    assertEquals("You are invited to the customer portal", mail.subject());
    assertTrue(mail.body().contains("Ivan Invited"), mail::body);
    assertTrue(mail.portalLink().startsWith(Settings.baseUrl() + "/accept-invitation?token="), mail::portalLink);

    assertProblem(401, PortalApi.basic(email, PASSWORD).get("teams"));
    PortalApi.Reply accepted =
        PortalApi.anonymous()
            .post("accounts/invitation/accept", Json.createObjectBuilder().add("token", mail.token()).add("password", PASSWORD).build());
    assertEquals(204, accepted.status(), accepted::toString);

    PortalApi staff = PortalApi.basic(email, PASSWORD);
    PortalApi.Reply teams = staff.get("teams");
    assertEquals(200, teams.status(), teams::toString);
    teams.jsonArray();
    assertFalse(staff.get("me").json().getBoolean("invitationPending"));
    assertProblem(403, staff.post("catalog/areas", area("Agents may not")));
  }

  @Test
  void admins_create_product_areas_and_products_whose_names_are_unique() {
    String areaName = unique("Area");

    PortalApi.Reply area = admin.post("catalog/areas", area(areaName));
    assertEquals(201, area.status(), area::toString);
    assertEquals(areaName, area.json().getString("name"));
    long areaId = id(area);

    JsonObject duplicateArea = assertProblem(409, admin.post("catalog/areas", area(areaName)));
    assertEquals(List.of("name"), fields(duplicateArea), duplicateArea::toString);

    String productName = unique("Product");
    PortalApi.Reply product = admin.post("catalog/products", product(areaId, productName, "EUR", "19.90"));
    assertEquals(201, product.status(), product::toString);
    assertEquals(areaId, product.json().getJsonNumber("areaId").longValue());
    assertEquals("EUR", product.json().getString("currency"));
    assertEquals(0, new BigDecimal("19.90").compareTo(product.json().getJsonNumber("listPrice").bigDecimalValue()));

    JsonObject duplicateProduct = assertProblem(409, admin.post("catalog/products", product(areaId, productName, "EUR", "5")));
    assertEquals(List.of("name"), fields(duplicateProduct), duplicateProduct::toString);

    PortalApi.Reply listed = PortalApi.anonymous().get("catalog/products?areaId=" + areaId);
    assertEquals(200, listed.status(), listed::toString);
    assertEquals(List.of(productName), listed.jsonArray().stream().map(p -> p.asJsonObject().getString("name")).toList());
  }

  @Test
  void a_product_with_an_invalid_currency_is_refused_with_400_naming_the_currency() {
    long areaId = id(admin.post("catalog/areas", area(unique("Currency area"))));

    JsonObject problem = assertProblem(400, admin.post("catalog/products", product(areaId, unique("Product"), "EURO", "10")));

    assertEquals(List.of("currency"), fields(problem), problem::toString);
    assertEveryErrorHasAMessage(problem);
  }

  @Test
  void admins_create_a_team_of_staff_members_but_customers_cannot_be_members() {
    Person agent = TestAccounts.inviteStaff("SUPPORT_AGENT", "Tina Teammate");
    Person customer = TestAccounts.registerCustomer("Carla Customer");
    long areaId = id(admin.post("catalog/areas", area(unique("Team area"))));
    String teamName = unique("Team");

    PortalApi.Reply team = admin.post("teams", team(teamName, areaId, agent.id()));
    assertEquals(201, team.status(), team::toString);
    assertEquals("PRODUCT", team.json().getString("kind"));
    assertEquals(List.of(areaId), longs(team.json(), "areaIds"));
    assertEquals(List.of(agent.id()), longs(team.json(), "memberIds"));

    PortalApi.Reply seenByAgent = agent.api().get("teams/" + id(team));
    assertEquals(200, seenByAgent.status(), seenByAgent::toString);
    assertEquals(teamName, seenByAgent.json().getString("name"));

    JsonObject refused = assertProblem(400, admin.post("teams", team(unique("Team"), areaId, customer.id())));
    assertEquals(List.of("memberIds"), fields(refused), refused::toString);
    assertTrue(refused.getString("detail").contains("customer"), refused::toString);

    JsonObject duplicate = assertProblem(409, admin.post("teams", team(teamName, areaId, agent.id())));
    assertEquals(List.of("name"), fields(duplicate), duplicate::toString);
  }

  private static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static long id(PortalApi.Reply created) {
    assertEquals(201, created.status(), created::toString);
    return created.json().getJsonNumber("id").longValue();
  }

  private static List<Long> longs(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(JsonNumber::longValue);
  }

  private static JsonObject area(String name) {
    return Json.createObjectBuilder().add("name", name).add("description", "Made by " + AdminFlowsIT.class.getSimpleName()).build();
  }

  private static JsonObject product(long areaId, String name, String currency, String listPrice) {
    return Json.createObjectBuilder()
        .add("areaId", areaId)
        .add("name", name)
        .add("currency", currency)
        .add("listPrice", new BigDecimal(listPrice))
        .build();
  }

  private static JsonObject team(String name, long areaId, long memberId) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("kind", "PRODUCT")
        .add("areaIds", Json.createArrayBuilder().add(areaId))
        .add("memberIds", Json.createArrayBuilder().add(memberId))
        .build();
  }
}
