package org.example.portal.triage.domain;

import static org.example.portal.triage.domain.TestItems.item;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.submission.SubmissionMerger;
import org.junit.jupiter.api.Test;

class MergeOptionsTest {

  /** The merges the portal's modules declare: ideas into ideas; tickets into tickets and onto ideas. */
  private static final List<SubmissionMerger> MERGERS = List.of(
      merger("idea", Map.of("idea", EnumSet.of(Role.PRODUCT_MANAGER, Role.TRIAGE_LEAD, Role.ADMIN))),
      merger("ticket", Map.of(
          "ticket", EnumSet.of(Role.SUPPORT_AGENT, Role.TRIAGE_LEAD, Role.ADMIN),
          "idea", Role.STAFF)));

  private static SubmissionMerger merger(String kind, Map<String, Set<Role>> into) {
    return new SubmissionMerger() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public Set<String> targetKinds() {
        return into.keySet();
      }

      @Override
      public Set<Role> rolesFor(String targetKind) {
        return into.getOrDefault(targetKind, Set.of());
      }

      @Override
      public void merge(long staffId, long id, String targetKind, long targetId) {
        throw new UnsupportedOperationException("only what is offered is tested here");
      }
    };
  }

  private final InboxItem idea = item(1, "idea", "Dark mode", "Please", "NEW");
  private final InboxItem otherIdea = item(2, "idea", "Night theme", "Eyes hurt", "UNDER_REVIEW");
  private final InboxItem ticket = item(3, "ticket", "Screen too bright", "At night", "OPEN");
  private final InboxItem otherTicket = item(4, "ticket", "Bright screen", "Again", "OPEN");
  private final InboxItem bid = item(5, "bid", "Dark model", "200 EUR", "OPEN");

  @Test
  void aTriageLeadIsOfferedEveryMergeTheModulesMake() {
    MergeOptions lead = MergeOptions.forRoles(MERGERS, Set.of(Role.TRIAGE_LEAD));
    assertTrue(lead.offers(idea, otherIdea, Set.of()));
    assertTrue(lead.offers(ticket, otherTicket, Set.of()));
    assertTrue(lead.offers(ticket, idea, Set.of()), "a ticket is attached to an idea");
  }

  @Test
  void ideasNeverMergeIntoTicketsAndBidsMergeNowhere() {
    MergeOptions admin = MergeOptions.forRoles(MERGERS, Set.of(Role.ADMIN));
    assertFalse(admin.offers(idea, ticket, Set.of()));
    assertFalse(admin.offers(bid, idea, Set.of()));
    assertFalse(admin.offers(idea, bid, Set.of()));
    assertFalse(admin.offers(ticket, bid, Set.of()));
  }

  @Test
  void eachRoleIsOfferedOnlyTheMergesItsModuleAllowsIt() {
    MergeOptions agent = MergeOptions.forRoles(MERGERS, Set.of(Role.SUPPORT_AGENT));
    assertTrue(agent.offers(ticket, otherTicket, Set.of()));
    assertTrue(agent.offers(ticket, idea, Set.of()));
    assertFalse(agent.offers(idea, otherIdea, Set.of()), "support agents do not merge ideas");
    MergeOptions manager = MergeOptions.forRoles(MERGERS, Set.of(Role.PRODUCT_MANAGER));
    assertTrue(manager.offers(idea, otherIdea, Set.of()));
    assertFalse(manager.offers(ticket, otherTicket, Set.of()), "product managers do not merge tickets");
    assertFalse(MergeOptions.forRoles(MERGERS, Set.of(Role.CUSTOMER)).offers(ticket, idea, Set.of()));
  }

  @Test
  void nothingMergesIntoItselfNorTakesPartOnceMergedOrClosed() {
    MergeOptions admin = MergeOptions.forRoles(MERGERS, Set.of(Role.ADMIN));
    assertFalse(admin.offers(idea, idea, Set.of()));
    assertFalse(admin.offers(idea, otherIdea, Set.of(idea.getId())), "already merged through the inbox");
    assertFalse(admin.offers(otherIdea, idea, Set.of(idea.getId())), "nothing merges into an item merged away");
    assertFalse(admin.offers(item(6, "idea", "Merged", "", "MERGED"), otherIdea, Set.of()), "merged in its module");
    assertFalse(admin.offers(ticket, item(7, "ticket", "Done", "", "CLOSED"), Set.of()), "a closed ticket takes no merge");
  }
}
