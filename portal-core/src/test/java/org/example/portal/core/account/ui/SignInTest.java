package org.example.portal.core.account.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInTest {

  @Test
  void returnsOnlyToPathsInsideThePortal() {
    assertEquals("/ideas?sort=top", SignIn.safeReturn("/ideas?sort=top"));
    assertEquals("/", SignIn.safeReturn("https://evil.example/"));
    assertEquals("/", SignIn.safeReturn("//evil.example/"));
    assertEquals("/", SignIn.safeReturn("/\\evil.example"));
    assertEquals("/", SignIn.safeReturn(null));
  }
}
