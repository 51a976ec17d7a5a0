package org.example.portal.pricingbids.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.example.portal.pricingbids.application.ChoiceForm;
import org.example.portal.pricingbids.domain.BidHistoryEntry;
import org.example.portal.pricingbids.domain.BidState;
import org.example.portal.pricingbids.domain.CounterBid;
import org.example.portal.pricingbids.domain.OptionChoice;
import org.example.portal.pricingbids.domain.OrderStatus;

/**
 * A bid on the wire, on a product ({@code productId}) or an idea ({@code ideaId}); {@code productName} is the
 * product's name or the idea's title. {@code counteroffer} and {@code order} are null until there is one; {@code campaign}
 * and {@code history} are filled when one bid is asked for, not in lists.
 */
public record BidDto(
    long id,
    Long productId,
    Long ideaId,
    String productName,
    long areaId,
    long customerId,
    String customerTier,
    String currency,
    BigDecimal unitPrice,
    int quantity,
    String requirements,
    List<ChoiceForm> options,
    BidState state,
    String declineReason,
    Instant createdAt,
    Instant expiresAt,
    Instant decidedAt,
    CounterofferDto counteroffer,
    OrderDto order,
    CampaignDto campaign,
    List<HistoryDto> history) {

  /** What the product team proposed instead. */
  public record CounterofferDto(
      BigDecimal unitPrice, Integer quantity, String requirements, List<ChoiceForm> options, String message, Instant expiresAt) {}

  /** The order an accepted bid became. */
  public record OrderDto(
      long number, OrderStatus status, BigDecimal unitPrice, int quantity, BigDecimal total, String carrier, String trackingNumber, Instant updatedAt) {}

  public record HistoryDto(Instant at, Long actorId, BidState from, BidState to, String note) {
    static HistoryDto of(BidHistoryEntry e) {
      return new HistoryDto(e.getAt(), e.getActorId(), e.getFrom(), e.getTo(), e.getNote());
    }
  }

  static BidDto of(CounterBid b, String productName, CampaignDto campaign, boolean withHistory) {
    CounterofferDto counter =
        b.getCounterPrice() == null
            ? null
            : new CounterofferDto(
                b.getCounterPrice(), b.getCounterQuantity(), b.getCounterRequirements(), choices(b.getCounterOptions()), b.getCounterMessage(),
                b.getCounterExpiresAt());
    OrderDto order =
        b.getOrderStatus() == null
            ? null
            : new OrderDto(
                b.getId(), b.getOrderStatus(), b.agreedUnitPrice(), b.agreedQuantity(),
                b.agreedUnitPrice().multiply(BigDecimal.valueOf(b.agreedQuantity())), b.getOrderCarrier(), b.getOrderTracking(),
                b.getOrderUpdatedAt());
    return new BidDto(
        b.getId(), b.getProductId(), b.getIdeaId(), productName, b.getAreaId(), b.getCustomerId(), b.getCustomerTier().name(), b.getCurrency(),
        b.getUnitPrice(), b.getQuantity(), b.getRequirements(), choices(b.getOptions()), b.getState(), b.getDeclineReason(),
        b.getCreatedAt(), b.getExpiresAt(), b.getDecidedAt(), counter, order, campaign,
        withHistory ? b.getHistory().stream().map(HistoryDto::of).toList() : null);
  }

  static List<ChoiceForm> choices(List<OptionChoice> options) {
    return options.stream().map(o -> new ChoiceForm(o.group(), o.choice())).toList();
  }
}
