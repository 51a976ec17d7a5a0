package org.example.portal.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessControlFeatureTest {

  @RolesAllowed("ADMIN")
  static class AdminResource {
    public void inherits() {}

    @PermitAll
    public void opensUp() {}

    @DenyAll
    public void closes() {}

    @RolesAllowed({"CUSTOMER", "SUPPORT_AGENT"})
    public void narrows() {}
  }

  static class UndeclaredResource {
    public void anything() {}
  }

  private static AccessControlFeature.Rule rule(Class<?> type, String method) throws Exception {
    return AccessControlFeature.rule(type.getMethod(method), type);
  }

  @Test
  void aMethodWithoutAnnotationTakesTheClassRule() throws Exception {
    assertEquals(List.of("ADMIN"), rule(AdminResource.class, "inherits").roles());
  }

  @Test
  void aMethodAnnotationWinsOverTheClass() throws Exception {
    assertTrue(rule(AdminResource.class, "opensUp").permitAll());
    assertEquals(List.of("CUSTOMER", "SUPPORT_AGENT"), rule(AdminResource.class, "narrows").roles());
  }

  @Test
  void denyAllAdmitsNobody() throws Exception {
    var rule = rule(AdminResource.class, "closes");
    assertFalse(rule.permitAll());
    assertTrue(rule.roles().isEmpty());
  }

  @Test
  void anEndpointThatDeclaresNothingIsClosed() throws Exception {
    var rule = rule(UndeclaredResource.class, "anything");
    assertFalse(rule.permitAll());
    assertTrue(rule.roles().isEmpty());
  }
}
