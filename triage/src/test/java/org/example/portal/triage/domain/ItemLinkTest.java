package org.example.portal.triage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ItemLinkTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void aPairIsKeptInIdOrderWhicheverItemItWasMadeFrom() {
    ItemLink fromHigh = ItemLink.between(9, 4, LinkType.DUPLICATE, 1, NOW);
    assertEquals(4, fromHigh.getLowItemId());
    assertEquals(9, fromHigh.getHighItemId());
    assertEquals(9, fromHigh.other(4));
    assertEquals(4, fromHigh.other(9));
  }

  @Test
  void aMergeNamesTheItemMergedAway() {
    ItemLink merge = ItemLink.merged(9, 4, 1, NOW);
    assertTrue(merge.isMerge());
    assertTrue(merge.merged(9));
    assertFalse(merge.merged(4));
  }

  @Test
  void aLinkBecomesAMergeWhenItsItemsAreMerged() {
    ItemLink link = ItemLink.between(4, 9, LinkType.RELATED, 1, NOW);
    link.becomeMerge(4, 2, NOW.plusSeconds(60));
    assertEquals(LinkType.MERGED, link.getType());
    assertTrue(link.merged(4));
    assertEquals(2, link.getLinkedBy());
    assertThrows(IllegalArgumentException.class, () -> link.becomeMerge(5, 2, NOW));
  }

  @Test
  void anItemIsNeverLinkedToItselfNorLinkedAsMergedByHand() {
    assertThrows(IllegalArgumentException.class, () -> ItemLink.between(4, 4, LinkType.RELATED, 1, NOW));
    assertThrows(IllegalArgumentException.class, () -> ItemLink.between(4, 5, LinkType.MERGED, 1, NOW));
  }
}
