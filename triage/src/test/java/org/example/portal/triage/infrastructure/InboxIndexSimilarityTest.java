package org.example.portal.triage.infrastructure;

import static org.example.portal.triage.domain.TestItems.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.example.portal.core.search.SearchIndex;
import org.example.portal.triage.domain.AssignmentMode;
import org.example.portal.triage.domain.InboxItem;
import org.example.portal.triage.domain.Priority;
import org.example.portal.triage.domain.RoutingDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "More like this" over the inbox's index: similar items across kinds, and the confidentiality of teams. */
class InboxIndexSimilarityTest {

  private final SearchIndex index = SearchIndex.open(InboxIndex.CONTEXT, new ByteBuffersDirectory());

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private void put(InboxItem... items) {
    for (InboxItem item : items) {
      index.put(InboxIndex.document(item));
    }
  }

  private List<String> similarTo(InboxItem item, Map<String, Set<String>> filters) {
    return index.similarIds(String.valueOf(item.getId()), filters, 5, 12).stream().map(SearchIndex.Match::id).toList();
  }

  @Test
  void anIdeaAndATicketAboutTheSameThingAreSimilarWhateverTheirKind() {
    InboxItem idea = item(1, "idea", "Dishwasher basket for tall wine glasses", "The upper basket cannot hold tall wine glasses", "NEW");
    InboxItem ticket = item(2, "ticket", "Tall wine glasses do not fit the dishwasher", "Our glasses break in the upper basket", "OPEN");
    InboxItem bid = item(3, "bid", "Garden hose 25 m", "Green, kink-free", "OPEN");
    InboxItem sample = item(4, "sample-request", "Coffee grinder sample", "For a café", "NEW");
    put(idea, ticket, bid, sample);

    List<String> similar = similarTo(idea, Map.of());
    assertEquals("2", similar.getFirst(), similar::toString);
    assertFalse(similar.contains("1"), "never itself");
    assertFalse(similar.contains("3"));
    assertFalse(similar.contains("4"));
    assertEquals("1", similarTo(ticket, Map.of()).getFirst());
  }

  @Test
  void staffOutsideATeamDoNotSeeItsConfidentialItemsAmongTheSimilar() {
    InboxItem idea = item(1, "idea", "Door lock opens with a magnet", "A magnet opens the smart lock", "NEW");
    InboxItem secret = item(2, "ticket", "Smart lock opened with a magnet", "Someone opened my lock with a magnet", "OPEN");
    secret.route(new RoutingDecision(7L, "Security", 70L, Priority.HIGH, Set.of(), AssignmentMode.NONE, true), null, Instant.now());
    put(idea, secret);

    assertEquals(List.of("2"), similarTo(idea, Map.of()), "triage leads and admins see every item");
    assertEquals(List.of("2"), similarTo(idea, Map.of(InboxIndex.VISIBILITY, InboxIndex.visibleTo(Set.of(70L)))), "the team's members do");
    assertTrue(similarTo(idea, Map.of(InboxIndex.VISIBILITY, InboxIndex.visibleTo(Set.of(71L)))).isEmpty(), "others do not");
  }
}
