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

class CounterBidTest {

  private static final long CUSTOMER = 7;
  private static final long STAFF = 9;
  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
  private static final Instant LATER = NOW.plus(Duration.ofDays(1));

  private static CounterBid openBid() {
    return new CounterBid(
        1L, null, 2, CUSTOMER, Tier.GOLD, "EUR", new BigDecimal("80.00"), 5, "Quiet fan", List.of(new OptionChoice("Colour", "Green")),
        NOW.plus(Duration.ofDays(30)), NOW);
  }

  private static List<BidState> states(CounterBid bid) {
    return bid.getHistory().stream().map(BidHistoryEntry::getTo).toList();
  }

  @Test
  void aBidIsOnAProductOrOnAnIdeaNeverBothOrNeither() {
    CounterBid onIdea = new CounterBid(null, 42L, 2, CUSTOMER, Tier.STANDARD, "EUR", new BigDecimal("15.00"), 1, null, List.of(), NOW.plus(Duration.ofDays(30)), NOW);
    assertTrue(onIdea.isOnIdea());
    assertEquals(42L, onIdea.getIdeaId());
    assertThrows(IllegalArgumentException.class,
        () -> new CounterBid(1L, 42L, 2, CUSTOMER, Tier.STANDARD, "EUR", BigDecimal.TEN, 1, null, List.of(), NOW.plus(Duration.ofDays(30)), NOW));
    assertThrows(IllegalArgumentException.class,
        () -> new CounterBid(null, null, 2, CUSTOMER, Tier.STANDARD, "EUR", BigDecimal.TEN, 1, null, List.of(), NOW.plus(Duration.ofDays(30)), NOW));
  }

  @Test
  void a_new_bid_is_open_and_its_history_starts_there() {
    CounterBid bid = openBid();

    assertEquals(BidState.OPEN, bid.getState());
    assertEquals(List.of(BidState.OPEN), states(bid));
    assertEquals(CUSTOMER, bid.getHistory().get(0).getActorId());
  }

  @Test
  void accepting_an_open_bid_confirms_an_order_at_the_customers_price() {
    CounterBid bid = openBid();

    bid.accept(STAFF, LATER);

    assertEquals(BidState.ACCEPTED, bid.getState());
    assertEquals(OrderStatus.CONFIRMED, bid.getOrderStatus());
    assertEquals(new BigDecimal("80.00"), bid.agreedUnitPrice());
    assertEquals(5, bid.agreedQuantity());
    assertEquals(LATER, bid.getDecidedAt());
    assertEquals(List.of(BidState.OPEN, BidState.ACCEPTED), states(bid));
    assertEquals(STAFF, bid.getHistory().get(1).getActorId());
  }

  @Test
  void a_countered_bid_accepted_by_the_customer_takes_the_counteroffers_terms() {
    CounterBid bid = openBid();

    bid.counter(STAFF, new BigDecimal("95.00"), 10, "Standard fan", List.of(), "We can do 10 units", LATER.plus(Duration.ofDays(7)), LATER);
    assertEquals(BidState.COUNTERED, bid.getState());
    assertEquals(LATER.plus(Duration.ofDays(7)), bid.getExpiresAt());
    bid.acceptCounter(CUSTOMER, LATER.plus(Duration.ofDays(1)));

    assertEquals(BidState.ACCEPTED, bid.getState());
    assertEquals(new BigDecimal("95.00"), bid.agreedUnitPrice());
    assertEquals(10, bid.agreedQuantity());
    assertEquals(List.of(BidState.OPEN, BidState.COUNTERED, BidState.ACCEPTED), states(bid));
  }

  @Test
  void a_declined_counteroffer_closes_the_bid() {
    CounterBid bid = openBid();
    bid.counter(STAFF, new BigDecimal("95.00"), null, null, List.of(), null, LATER.plus(Duration.ofDays(7)), LATER);

    bid.declineCounter(CUSTOMER, LATER);

    assertEquals(BidState.COUNTER_DECLINED, bid.getState());
    assertFalse(bid.getState().countsAsDemand());
  }

  @Test
  void a_bid_is_decided_once() {
    CounterBid bid = openBid();
    bid.accept(STAFF, LATER);

    BidAlreadyDecidedException e = assertThrows(BidAlreadyDecidedException.class, () -> bid.decline(STAFF, "No", LATER));
    assertTrue(e.getMessage().contains("already accepted"), e.getMessage());
    assertThrows(BidAlreadyDecidedException.class, () -> bid.withdraw(CUSTOMER, LATER));
    assertThrows(BidAlreadyDecidedException.class, () -> bid.counter(STAFF, BigDecimal.TEN, null, null, List.of(), null, LATER, LATER));
    assertEquals(List.of(BidState.OPEN, BidState.ACCEPTED), states(bid));
  }

  @Test
  void only_a_countered_bid_has_a_counteroffer_to_answer() {
    CounterBid bid = openBid();

    assertThrows(BidAlreadyDecidedException.class, () -> bid.acceptCounter(CUSTOMER, LATER));
    assertThrows(BidAlreadyDecidedException.class, () -> bid.declineCounter(CUSTOMER, LATER));
  }

  @Test
  void the_customer_may_withdraw_while_the_bid_is_open_or_countered() {
    CounterBid open = openBid();
    open.withdraw(CUSTOMER, LATER);
    CounterBid countered = openBid();
    countered.counter(STAFF, BigDecimal.TEN, null, null, List.of(), null, LATER.plus(Duration.ofDays(1)), LATER);
    countered.withdraw(CUSTOMER, LATER);

    assertEquals(BidState.WITHDRAWN, open.getState());
    assertEquals(BidState.WITHDRAWN, countered.getState());
  }

  @Test
  void a_declined_bid_keeps_its_reason_in_the_history() {
    CounterBid bid = openBid();

    bid.decline(STAFF, "  Green is discontinued ", LATER);

    assertEquals("Green is discontinued", bid.getDeclineReason());
    assertEquals("Green is discontinued", bid.getHistory().get(1).getNote());
  }

  @Test
  void a_bid_expires_at_its_deadline_and_not_before() {
    CounterBid bid = openBid();

    assertFalse(bid.expireIfDue(NOW.plus(Duration.ofDays(30)).minusSeconds(1)));
    assertTrue(bid.expireIfDue(NOW.plus(Duration.ofDays(30))));
    assertEquals(BidState.EXPIRED, bid.getState());
    assertFalse(bid.expireIfDue(NOW.plus(Duration.ofDays(31))));
    assertEquals(List.of(BidState.OPEN, BidState.EXPIRED), states(bid));
  }

  @Test
  void a_bid_past_its_deadline_cannot_be_accepted_even_before_the_expiry_job_runs() {
    CounterBid bid = openBid();

    BidAlreadyDecidedException e =
        assertThrows(BidAlreadyDecidedException.class, () -> bid.accept(STAFF, NOW.plus(Duration.ofDays(31))));
    assertTrue(e.getMessage().contains("expired"), e.getMessage());
  }

  @Test
  void an_unanswered_counteroffer_expires_at_its_own_deadline() {
    CounterBid bid = openBid();
    bid.counter(STAFF, BigDecimal.TEN, null, null, List.of(), null, LATER.plus(Duration.ofDays(2)), LATER);

    assertTrue(bid.expireIfDue(LATER.plus(Duration.ofDays(2))));
    assertEquals(BidState.EXPIRED, bid.getState());
  }

  @Test
  void an_order_moves_forward_only_and_shipping_needs_tracking() {
    CounterBid bid = openBid();
    bid.accept(STAFF, LATER);

    bid.advanceOrder(STAFF, OrderStatus.IN_PRODUCTION, null, null, LATER);
    assertThrows(InvalidInputException.class, () -> bid.advanceOrder(STAFF, OrderStatus.SHIPPED, "DHL", " ", LATER));
    bid.advanceOrder(STAFF, OrderStatus.SHIPPED, "DHL", "JD0001", LATER);
    assertThrows(ConflictException.class, () -> bid.advanceOrder(STAFF, OrderStatus.IN_PRODUCTION, null, null, LATER));

    assertEquals(OrderStatus.SHIPPED, bid.getOrderStatus());
    assertEquals("JD0001", bid.getOrderTracking());
  }

  @Test
  void an_open_bid_has_no_order() {
    CounterBid bid = openBid();

    assertThrows(BidAlreadyDecidedException.class, () -> bid.advanceOrder(STAFF, OrderStatus.SHIPPED, "DHL", "1", LATER));
  }
}
