package org.example.portal.selfservice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.example.portal.core.account.domain.Tier;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

  private static final List<SlaPolicy> POLICIES =
      List.of(new SlaPolicy(Priority.HIGH, null, 240, 960), new SlaPolicy(Priority.HIGH, Tier.GOLD, 120, 480), new SlaPolicy(Priority.LOW, null, 960, 4800));

  @Test
  void aTierWithItsOwnPolicyGetsItOthersTheGeneralOne() {
    assertEquals(Duration.ofMinutes(120), SlaPolicy.choose(POLICIES, Priority.HIGH, Tier.GOLD).orElseThrow().targets().firstResponse());
    assertEquals(Duration.ofMinutes(240), SlaPolicy.choose(POLICIES, Priority.HIGH, Tier.SILVER).orElseThrow().targets().firstResponse());
    assertEquals(Duration.ofMinutes(4800), SlaPolicy.choose(POLICIES, Priority.LOW, Tier.GOLD).orElseThrow().targets().resolution());
    assertTrue(SlaPolicy.choose(POLICIES, Priority.URGENT, Tier.GOLD).isEmpty());
  }

  @Test
  void targetsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new SlaPolicy(Priority.LOW, null, 0, 10));
  }
}
