package org.example.portal.pricingbids.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class CampaignTest {

  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
  private static final Instant DEADLINE = NOW.plus(Duration.ofDays(14));

  /** A campaign on product 1 as the database returns it, with an id. */
  private static Campaign campaign(long minUnits) {
    return saved(new Campaign(1L, null, new BigDecimal("90.00"), minUnits, DEADLINE, "Taped seams", List.of(), "Join us", 9, NOW));
  }

  /** A campaign on idea 42, saved. */
  private static Campaign ideaCampaign(long minUnits) {
    return saved(new Campaign(null, 42L, new BigDecimal("30.00"), minUnits, DEADLINE, "Fits a flat roof", List.of(), null, 9, NOW));
  }

  private static Campaign saved(Campaign campaign) {
    try {
      var id = Campaign.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(campaign, 42L);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return campaign;
  }

  private static CounterBid bidIn(Campaign campaign, int quantity) {
    CounterBid bid = bidOn(campaign.getProductId(), campaign.getIdeaId(), quantity);
    bid.counterInCampaign(9, campaign, NOW);
    return bid;
  }

  private static CounterBid bidOn(Long productId, Long ideaId, int quantity) {
    return new CounterBid(productId, ideaId, 2, 7, Tier.SILVER, "EUR", new BigDecimal("25.00"), quantity, null, List.of(), NOW.plus(Duration.ofDays(30)), NOW);
  }

  @Test
  void exactly_the_minimum_is_enough() {
    Campaign campaign = campaign(100);

    assertTrue(campaign.close(100, DEADLINE));
    assertEquals(Campaign.State.SUCCEEDED, campaign.getState());
    assertEquals(100, campaign.getCommittedUnits());
  }

  @Test
  void one_unit_short_fails() {
    Campaign campaign = campaign(100);

    assertFalse(campaign.close(99, DEADLINE));
    assertEquals(Campaign.State.FAILED, campaign.getState());
  }

  @Test
  void a_campaign_closes_once() {
    Campaign campaign = campaign(1);
    campaign.close(5, DEADLINE);

    assertThrows(ConflictException.class, () -> campaign.close(5, DEADLINE));
  }

  @Test
  void a_campaign_counteroffer_ends_at_the_campaigns_deadline_and_accepting_it_commits() {
    CounterBid bid = bidIn(campaign(10), 4);

    assertEquals(BidState.COUNTERED, bid.getState());
    assertEquals(DEADLINE, bid.getExpiresAt());
    assertEquals(new BigDecimal("90.00"), bid.getCounterPrice());
    bid.acceptCounter(7, NOW.plus(Duration.ofDays(1)));

    assertEquals(BidState.COMMITTED, bid.getState());
    assertEquals(null, bid.getOrderStatus());
    assertTrue(bid.getState().countsAsDemand());
    assertThrows(BidAlreadyDecidedException.class, () -> bid.withdraw(7, NOW.plus(Duration.ofDays(2))));
    assertFalse(bid.expireIfDue(DEADLINE.plusSeconds(1)), "a commitment waits for the campaign, not the clock");
  }

  @Test
  void a_successful_campaign_turns_commitments_into_orders_at_its_price() {
    CounterBid bid = bidIn(campaign(10), 4);
    bid.acceptCounter(7, NOW);

    bid.closeCampaign(true, DEADLINE);

    assertEquals(BidState.ACCEPTED, bid.getState());
    assertEquals(OrderStatus.CONFIRMED, bid.getOrderStatus());
    assertEquals(new BigDecimal("90.00"), bid.agreedUnitPrice());
    assertEquals(4, bid.agreedQuantity());
  }

  @Test
  void a_failed_campaign_releases_commitments() {
    CounterBid bid = bidIn(campaign(10), 4);
    bid.acceptCounter(7, NOW);

    bid.closeCampaign(false, DEADLINE);

    assertEquals(BidState.RELEASED, bid.getState());
    assertFalse(bid.getState().countsAsDemand());
    assertEquals(List.of(BidState.OPEN, BidState.COUNTERED, BidState.COMMITTED, BidState.RELEASED),
        bid.getHistory().stream().map(BidHistoryEntry::getTo).toList());
  }

  @Test
  void only_committed_bids_close_with_their_campaign() {
    CounterBid waiting = bidIn(campaign(10), 4);

    assertThrows(BidAlreadyDecidedException.class, () -> waiting.closeCampaign(true, DEADLINE));
  }

  @Test
  void a_campaign_is_on_a_product_or_on_an_idea_never_both_or_neither() {
    assertTrue(ideaCampaign(1).isOnIdea());
    assertThrows(IllegalArgumentException.class,
        () -> new Campaign(1L, 42L, BigDecimal.TEN, 1, DEADLINE, null, List.of(), null, 9, NOW));
    assertThrows(IllegalArgumentException.class,
        () -> new Campaign(null, null, BigDecimal.TEN, 1, DEADLINE, null, List.of(), null, 9, NOW));
  }

  @Test
  void only_bids_on_the_campaigns_idea_can_join_it() {
    Campaign campaign = ideaCampaign(10);

    assertThrows(InvalidInputException.class, () -> bidOn(null, 43L, 1).counterInCampaign(9, campaign, NOW));
    assertThrows(InvalidInputException.class, () -> bidOn(42L, null, 1).counterInCampaign(9, campaign, NOW));
    CounterBid joined = bidIn(campaign, 3);
    assertEquals(BidState.COUNTERED, joined.getState());
    assertEquals(new BigDecimal("30.00"), joined.getCounterPrice());
    assertEquals(campaign.getId(), joined.getCampaignId());
  }

  @Test
  void an_idea_campaign_reaching_its_minimum_turns_every_commitment_into_an_order() {
    Campaign campaign = ideaCampaign(10);
    List<CounterBid> bids = List.of(bidIn(campaign, 4), bidIn(campaign, 6), bidIn(campaign, 5));
    bids.get(0).acceptCounter(7, NOW);
    bids.get(1).acceptCounter(7, NOW);

    boolean succeeded = campaign.close(bids.get(0).getQuantity() + bids.get(1).getQuantity(), DEADLINE);
    bids.get(0).closeCampaign(succeeded, DEADLINE);
    bids.get(1).closeCampaign(succeeded, DEADLINE);

    assertTrue(succeeded);
    assertEquals(List.of(BidState.ACCEPTED, BidState.ACCEPTED, BidState.COUNTERED), bids.stream().map(CounterBid::getState).toList());
    assertEquals(new BigDecimal("30.00"), bids.get(1).agreedUnitPrice());
    assertEquals(OrderStatus.CONFIRMED, bids.get(1).getOrderStatus());
    assertTrue(bids.get(2).expireIfDue(DEADLINE), "who never committed is not bound, and the offer ends with the campaign");
  }

  @Test
  void an_idea_campaign_missing_its_minimum_releases_every_commitment() {
    Campaign campaign = ideaCampaign(10);
    CounterBid bid = bidIn(campaign, 9);
    bid.acceptCounter(7, NOW);

    boolean succeeded = campaign.close(9, DEADLINE);
    bid.closeCampaign(succeeded, DEADLINE);

    assertFalse(succeeded);
    assertEquals(Campaign.State.FAILED, campaign.getState());
    assertEquals(BidState.RELEASED, bid.getState());
    assertEquals(null, bid.getOrderStatus());
  }
}
