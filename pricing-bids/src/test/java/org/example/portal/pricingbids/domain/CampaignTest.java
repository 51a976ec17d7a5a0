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
import org.junit.jupiter.api.Test;

class CampaignTest {

  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
  private static final Instant DEADLINE = NOW.plus(Duration.ofDays(14));

  /** A campaign as the database returns it, with an id. */
  private static Campaign campaign(long minUnits) {
    Campaign campaign = new Campaign(1, new BigDecimal("90.00"), minUnits, DEADLINE, "Taped seams", List.of(), "Join us", 9, NOW);
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
    CounterBid bid = new CounterBid(1L, null, 2, 7, Tier.SILVER, "EUR", new BigDecimal("80.00"), quantity, null, List.of(), NOW.plus(Duration.ofDays(30)), NOW);
    bid.counterInCampaign(9, campaign, NOW);
    return bid;
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
}
