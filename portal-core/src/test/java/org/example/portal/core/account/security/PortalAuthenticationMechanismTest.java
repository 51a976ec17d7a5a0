package org.example.portal.core.account.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PortalAuthenticationMechanismTest {

  private static String basic(String value) {
    return "Basic " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicCredentialsSplitAtTheFirstColon() {
    var credential = (UsernamePasswordCredential) PortalAuthenticationMechanism.credentialFrom(basic("dana@example.com:pass:word"));
    assertEquals("dana@example.com", credential.getCaller());
    assertEquals("pass:word", credential.getPasswordAsString());
  }

  @Test
  void aBearerTokenBecomesAnApiTokenCredential() {
    var credential = PortalAuthenticationMechanism.credentialFrom("bearer pat_abc");
    assertEquals("pat_abc", assertInstanceOf(ApiTokenCredential.class, credential).token());
  }

  @Test
  void malformedHeadersAreRejected() {
    assertNull(PortalAuthenticationMechanism.credentialFrom("Basic not-base64!"));
    assertNull(PortalAuthenticationMechanism.credentialFrom(basic("no-colon")));
    assertNull(PortalAuthenticationMechanism.credentialFrom("Digest abc"));
    assertNull(PortalAuthenticationMechanism.credentialFrom("Bearer"));
  }
}
