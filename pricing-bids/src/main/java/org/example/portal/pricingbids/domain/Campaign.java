package org.example.portal.pricingbids.domain;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.example.portal.core.error.ConflictException;

/**
 * A counteroffer to many bids on one product or one idea at once: "we can build these requirements at this
 * price if at least this many units are committed by this date". Customers commit by accepting it; at the
 * deadline every committed bid becomes an order if the minimum was reached, or all are released.
 */
@Entity
@Table(name = "bids_campaign")
@NamedQuery(name = "Campaign.due", query = "select c from Campaign c where c.state = :state and c.deadline <= :now order by c.deadline")
@NamedQuery(name = "Campaign.byProduct", query = "select c from Campaign c where c.productId = :productId order by c.createdAt desc")
@NamedQuery(name = "Campaign.byIdea", query = "select c from Campaign c where c.ideaId = :ideaId order by c.createdAt desc")
public class Campaign {

  /** Where a campaign stands. */
  public enum State {
    OPEN,
    SUCCEEDED,
    FAILED
  }

  @Id
  @SequenceGenerator(name = "bids_campaign_seq", sequenceName = "bids_campaign_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bids_campaign_seq")
  private Long id;

  /** The product whose bids it counters, or null for a campaign over the bids on an idea. */
  @Column(name = "product_id")
  private Long productId;

  /** The idea whose bids it counters (the feedback module's id), or null for a product's campaign. */
  @Column(name = "idea_id")
  private Long ideaId;

  @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal unitPrice;

  @Column(name = "min_units", nullable = false)
  private long minUnits;

  @Column(nullable = false)
  private Instant deadline;

  @Column(length = CounterBid.REQUIREMENTS_MAX_LENGTH)
  private String requirements;

  @ElementCollection
  @CollectionTable(name = "bids_campaign_option", joinColumns = @JoinColumn(name = "campaign_id"))
  @OrderColumn(name = "position")
  private List<OptionChoice> options = new ArrayList<>();

  @Column(length = CounterBid.MESSAGE_MAX_LENGTH)
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** Units committed when it closed; while open, count the committed bids instead. */
  @Column(name = "committed_units")
  private Long committedUnits;

  @Version private long version;

  protected Campaign() {}

  /** A new open campaign over the bids on a product or on an idea (exactly one of the two ids). */
  public Campaign(
      Long productId,
      Long ideaId,
      BigDecimal unitPrice,
      long minUnits,
      Instant deadline,
      String requirements,
      List<OptionChoice> options,
      String message,
      long createdBy,
      Instant now) {
    if ((productId == null) == (ideaId == null)) {
      throw new IllegalArgumentException("A campaign is on a product or on an idea");
    }
    this.productId = productId;
    this.ideaId = ideaId;
    this.unitPrice = unitPrice;
    this.minUnits = minUnits;
    this.deadline = deadline;
    this.requirements = requirements == null || requirements.isBlank() ? null : requirements.strip();
    this.options = new ArrayList<>(options);
    this.message = message == null || message.isBlank() ? null : message.strip();
    this.createdBy = createdBy;
    this.createdAt = now;
    this.state = State.OPEN;
  }

  /** Decides the campaign from the units committed by its deadline. Returns whether it succeeded. */
  public boolean close(long committed, Instant now) {
    if (state != State.OPEN) {
      throw new ConflictException("state", "Campaign " + id + " is already closed.");
    }
    committedUnits = committed;
    closedAt = now;
    state = committed >= minUnits ? State.SUCCEEDED : State.FAILED;
    return state == State.SUCCEEDED;
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

  /** Whether the bid is on what this campaign counters: the same product or the same idea. */
  public boolean covers(CounterBid bid) {
    return Objects.equals(productId, bid.getProductId()) && Objects.equals(ideaId, bid.getIdeaId());
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public long getMinUnits() {
    return minUnits;
  }

  public Instant getDeadline() {
    return deadline;
  }

  public String getRequirements() {
    return requirements;
  }

  public List<OptionChoice> getOptions() {
    return List.copyOf(options);
  }

  public String getMessage() {
    return message;
  }

  public State getState() {
    return state;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Long getCommittedUnits() {
    return committedUnits;
  }
}
