package org.example.portal.pricingbids.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;

/**
 * A customer's offer for a product or an idea: the requirements they want, the unit price they would pay and how many
 * units. It is decided once: the product team accepts, declines or counters it, the customer accepts or
 * declines a counteroffer, withdraws it, or it expires. Every change is kept in its history; an accepted bid
 * is an order whose status the product team moves forward.
 */
@Entity
@Table(name = "bids_bid")
@NamedQuery(name = "CounterBid.byCustomer", query = "select b from CounterBid b where b.customerId = :customerId order by b.createdAt desc, b.id desc")
@NamedQuery(name = "CounterBid.due", query = "select b from CounterBid b where b.state in :states and b.expiresAt <= :now order by b.expiresAt")
@NamedQuery(
    name = "CounterBid.committedToCampaign",
    query = "select b.id, b.customerId, b.quantity, b.currency from CounterBid b where b.campaignId = :campaignId and b.state = :state order by b.id")
@NamedQuery(
    name = "CounterBid.campaignUnits",
    query = "select b.state, count(b), sum(b.quantity) from CounterBid b where b.campaignId = :campaignId group by b.state")
public class CounterBid {

  public static final int REQUIREMENTS_MAX_LENGTH = 2000;
  public static final int REASON_MAX_LENGTH = 500;
  public static final int MESSAGE_MAX_LENGTH = 1000;

  private static final Set<BidState> OPEN = EnumSet.of(BidState.OPEN, BidState.COUNTERED);

  @Id
  @SequenceGenerator(name = "bids_bid_seq", sequenceName = "bids_bid_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bids_bid_seq")
  private Long id;

  /** The catalog product bid on, or null for a bid on an idea. */
  @Column(name = "product_id")
  private Long productId;

  /** The idea bid on (the feedback module's id), or null for a bid on a product. */
  @Column(name = "idea_id")
  private Long ideaId;

  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "customer_tier", nullable = false, length = 16)
  private Tier customerTier;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal unitPrice;

  @Column(nullable = false)
  private int quantity;

  @Column(length = REQUIREMENTS_MAX_LENGTH)
  private String requirements;

  @ElementCollection
  @CollectionTable(name = "bids_bid_option", joinColumns = @JoinColumn(name = "bid_id"))
  @OrderColumn(name = "position")
  private List<OptionChoice> options = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BidState state;

  @Column(name = "decline_reason", length = REASON_MAX_LENGTH)
  private String declineReason;

  /** When the bid expires if nobody acts: the customer's deadline, or the counteroffer's once countered. */
  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "counter_price", precision = 12, scale = 2)
  private BigDecimal counterPrice;

  @Column(name = "counter_quantity")
  private Integer counterQuantity;

  @Column(name = "counter_requirements", length = REQUIREMENTS_MAX_LENGTH)
  private String counterRequirements;

  @Column(name = "counter_message", length = MESSAGE_MAX_LENGTH)
  private String counterMessage;

  @Column(name = "counter_expires_at")
  private Instant counterExpiresAt;

  /** The campaign whose counteroffer this is, if the product team countered many bids at once. */
  @Column(name = "campaign_id")
  private Long campaignId;

  @ElementCollection
  @CollectionTable(name = "bids_counter_option", joinColumns = @JoinColumn(name = "bid_id"))
  @OrderColumn(name = "position")
  private List<OptionChoice> counterOptions = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "order_status", length = 20)
  private OrderStatus orderStatus;

  @Column(name = "order_carrier", length = 60)
  private String orderCarrier;

  @Column(name = "order_tracking", length = 80)
  private String orderTracking;

  @Column(name = "order_updated_at")
  private Instant orderUpdatedAt;

  @OneToMany(mappedBy = "bid", cascade = CascadeType.ALL)
  @OrderBy("at, id")
  private List<BidHistoryEntry> history = new ArrayList<>();

  @Version private long version;

  protected CounterBid() {}

  /**
   * A new open bid on a product or on an idea (exactly one of the two ids); the caller has checked it against
   * the product's or the idea's {@link BidTerms}.
   */
  public CounterBid(
      Long productId,
      Long ideaId,
      long areaId,
      long customerId,
      Tier customerTier,
      String currency,
      BigDecimal unitPrice,
      int quantity,
      String requirements,
      List<OptionChoice> options,
      Instant expiresAt,
      Instant now) {
    if ((productId == null) == (ideaId == null)) {
      throw new IllegalArgumentException("A bid is on a product or on an idea");
    }
    this.productId = productId;
    this.ideaId = ideaId;
    this.areaId = areaId;
    this.customerId = customerId;
    this.customerTier = customerTier;
    this.currency = currency;
    this.unitPrice = unitPrice;
    this.quantity = quantity;
    this.requirements = blankToNull(requirements);
    this.options = new ArrayList<>(options);
    this.expiresAt = expiresAt;
    this.createdAt = now;
    this.state = BidState.OPEN;
    history.add(new BidHistoryEntry(this, now, customerId, null, BidState.OPEN, null));
  }

  /** The customer takes back a bid that is still open. */
  public void withdraw(long customer, Instant now) {
    requireOpen(now, "withdrawn", OPEN);
    moveTo(BidState.WITHDRAWN, customer, now, null);
  }

  /** The product team agrees to the customer's price and requirements. */
  public void accept(long staff, Instant now) {
    requireOpen(now, "accepted", EnumSet.of(BidState.OPEN));
    moveTo(BidState.ACCEPTED, staff, now, null);
    confirmOrder(now);
  }

  public void decline(long staff, String reason, Instant now) {
    requireOpen(now, "declined", EnumSet.of(BidState.OPEN));
    declineReason = reason.strip();
    moveTo(BidState.DECLINED, staff, now, declineReason);
  }

  /**
   * The product team proposes other terms. The customer answers until {@code expiresAt}; after that the bid
   * expires like an unanswered one.
   */
  public void counter(
      long staff,
      BigDecimal price,
      Integer quantity,
      String requirements,
      List<OptionChoice> options,
      String message,
      Instant expiresAt,
      Instant now) {
    requireOpen(now, "countered", EnumSet.of(BidState.OPEN));
    counterPrice = price;
    counterQuantity = quantity;
    counterRequirements = blankToNull(requirements);
    counterOptions = new ArrayList<>(options);
    counterMessage = blankToNull(message);
    counterExpiresAt = expiresAt;
    this.expiresAt = expiresAt;
    moveTo(BidState.COUNTERED, staff, now, "Counteroffer: " + price.setScale(2).toPlainString() + " " + currency + " per unit");
  }

  /**
   * The same counteroffer as {@link #counter}, made to many bids at once by a campaign: it binds only if the
   * campaign reaches its minimum by its deadline, which is also the counteroffer's.
   */
  public void counterInCampaign(long staff, Campaign campaign, Instant now) {
    if (campaign.getId() == null) {
      throw new IllegalStateException("Save the campaign before its counteroffers");
    }
    if (!campaign.covers(this)) {
      throw new InvalidInputException("bidIds", "A campaign is for one product or one idea: bid " + id + " is on another.");
    }
    counter(staff, campaign.getUnitPrice(), null, campaign.getRequirements(), campaign.getOptions(), campaign.getMessage(), campaign.getDeadline(), now);
    campaignId = campaign.getId();
  }

  /**
   * The customer takes the counteroffer: its price, quantity and requirements become the order, or, for a
   * campaign, a commitment until the campaign closes.
   */
  public void acceptCounter(long customer, Instant now) {
    requireOpen(now, "accepted", EnumSet.of(BidState.COUNTERED));
    if (campaignId != null) {
      moveTo(BidState.COMMITTED, customer, now, null);
      return;
    }
    moveTo(BidState.ACCEPTED, customer, now, null);
    confirmOrder(now);
  }

  /** What closing its campaign makes of a committed bid: the state it moves to and the note in its history. */
  public record CampaignOutcome(BidState state, String note) {}

  public static CampaignOutcome campaignOutcome(long campaignId, boolean succeeded) {
    return succeeded
        ? new CampaignOutcome(BidState.ACCEPTED, "Campaign " + campaignId + " reached its minimum")
        : new CampaignOutcome(BidState.RELEASED, "Campaign " + campaignId + " did not reach its minimum");
  }

  /**
   * Its campaign closed: a committed bid becomes an order if the campaign succeeded, or is released. The
   * portal closes a campaign's bids all at once with the same change in SQL (BidService.closeCampaign).
   */
  public void closeCampaign(boolean succeeded, Instant now) {
    if (state != BidState.COMMITTED) {
      throw new BidAlreadyDecidedException(id, state, "closed with its campaign");
    }
    CampaignOutcome outcome = campaignOutcome(campaignId, succeeded);
    moveTo(outcome.state(), null, now, outcome.note());
    if (succeeded) {
      confirmOrder(now);
    }
  }

  public void declineCounter(long customer, Instant now) {
    requireOpen(now, "declined", EnumSet.of(BidState.COUNTERED));
    moveTo(BidState.COUNTER_DECLINED, customer, now, null);
  }

  /** Ends an open bid whose deadline has passed. Returns false when there was nothing to do. */
  public boolean expireIfDue(Instant now) {
    if (!state.isOpen() || now.isBefore(expiresAt)) {
      return false;
    }
    moveTo(BidState.EXPIRED, null, now, null);
    return true;
  }

  /**
   * Moves the order of an accepted bid forward; it never goes back. Shipping needs a tracking number so the
   * customer can follow the parcel.
   */
  public void advanceOrder(long staff, OrderStatus next, String carrier, String tracking, Instant now) {
    if (state != BidState.ACCEPTED) {
      throw new BidAlreadyDecidedException(id, state, "given an order status");
    }
    if (next.ordinal() <= orderStatus.ordinal()) {
      throw new ConflictException(
          "status", "The order is already " + orderStatus.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "; its status only moves forward.");
    }
    if (next == OrderStatus.SHIPPED && (isBlank(carrier) || isBlank(tracking))) {
      throw new InvalidInputException("trackingNumber", "Enter the carrier and the tracking number of the shipment.");
    }
    if (!isBlank(carrier)) {
      orderCarrier = carrier.strip();
    }
    if (!isBlank(tracking)) {
      orderTracking = tracking.strip();
    }
    orderStatus = next;
    orderUpdatedAt = now;
    history.add(new BidHistoryEntry(this, now, staff, state, state, "Order " + next.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
  }

  /** The price per unit both sides agreed on, or the customer's offer while nothing is agreed. */
  public BigDecimal agreedUnitPrice() {
    return state == BidState.ACCEPTED && counterPrice != null ? counterPrice : unitPrice;
  }

  public int agreedQuantity() {
    return state == BidState.ACCEPTED && counterQuantity != null ? counterQuantity : quantity;
  }

  private void confirmOrder(Instant now) {
    decidedAt = now;
    orderStatus = OrderStatus.CONFIRMED;
    orderUpdatedAt = now;
  }

  private void requireOpen(Instant now, String attempted, Set<BidState> allowed) {
    if (state.isOpen() && !now.isBefore(expiresAt)) {
      // The expiry job may not have run yet; the deadline still holds.
      throw new BidAlreadyDecidedException(id, BidState.EXPIRED, attempted);
    }
    if (!allowed.contains(state)) {
      throw new BidAlreadyDecidedException(id, state, attempted);
    }
  }

  private void moveTo(BidState next, Long actor, Instant now, String note) {
    history.add(new BidHistoryEntry(this, now, actor, state, next, note));
    state = next;
    if (!next.isOpen() && decidedAt == null) {
      decidedAt = now;
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return isBlank(s) ? null : s.strip();
  }

  public Long getId() {
    return id;
  }

  public Long getProductId() {
    return productId;
  }

  public Long getIdeaId() {
    return ideaId;
  }

  public boolean isOnIdea() {
    return ideaId != null;
  }

  public long getAreaId() {
    return areaId;
  }

  public long getCustomerId() {
    return customerId;
  }

  public Tier getCustomerTier() {
    return customerTier;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public int getQuantity() {
    return quantity;
  }

  public String getRequirements() {
    return requirements;
  }

  public List<OptionChoice> getOptions() {
    return List.copyOf(options);
  }

  public BidState getState() {
    return state;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public BigDecimal getCounterPrice() {
    return counterPrice;
  }

  public Integer getCounterQuantity() {
    return counterQuantity;
  }

  public String getCounterRequirements() {
    return counterRequirements;
  }

  public List<OptionChoice> getCounterOptions() {
    return List.copyOf(counterOptions);
  }

  public String getCounterMessage() {
    return counterMessage;
  }

  public Instant getCounterExpiresAt() {
    return counterExpiresAt;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public OrderStatus getOrderStatus() {
    return orderStatus;
  }

  public String getOrderCarrier() {
    return orderCarrier;
  }

  public String getOrderTracking() {
    return orderTracking;
  }

  public Instant getOrderUpdatedAt() {
    return orderUpdatedAt;
  }

  public List<BidHistoryEntry> getHistory() {
    return List.copyOf(history);
  }

  public long getVersion() {
    return version;
  }
}
