package org.example.portal.pricingbids.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.example.portal.core.error.InvalidInputException;

/**
 * What a product team accepts bids for on one product: the requirement choices customers pick from, a price
 * floor below which bids are declined at once, and a minimum quantity. A product without terms takes bids
 * with free-text requirements only.
 */
@Entity
@Table(name = "bids_terms")
public class BidTerms {

  @Id
  @Column(name = "product_id")
  private Long productId;

  @Column(name = "price_floor", precision = 12, scale = 2)
  private BigDecimal priceFloor;

  @Column(name = "min_quantity")
  private Integer minQuantity;

  @ElementCollection
  @CollectionTable(name = "bids_terms_option", joinColumns = @JoinColumn(name = "product_id"))
  @OrderColumn(name = "position")
  private List<OptionChoice> options = new ArrayList<>();

  @Version private long version;

  protected BidTerms() {}

  public BidTerms(long productId) {
    this.productId = productId;
  }

  /** Terms for a product nobody has set terms for: any positive price and quantity, no choices. */
  public static BidTerms none(long productId) {
    return new BidTerms(productId);
  }

  public void update(BigDecimal priceFloor, Integer minQuantity, List<OptionChoice> options) {
    if (new HashSet<>(options).size() != options.size()) {
      throw new InvalidInputException("options", "Each choice may appear only once within its group.");
    }
    this.priceFloor = priceFloor;
    this.minQuantity = minQuantity;
    this.options = new ArrayList<>(options);
  }

  /**
   * Refuses a bid these terms decline automatically, politely and without naming the floor, so customers
   * offer what the product is worth to them rather than the floor.
   */
  public void check(String productName, BigDecimal unitPrice, int quantity, List<OptionChoice> chosen) {
    if (priceFloor != null && unitPrice.compareTo(priceFloor) < 0) {
      throw new InvalidInputException(
          "unitPrice",
          "Thank you for your offer. We cannot make " + productName + " at this price at the moment; please offer a higher unit price.");
    }
    if (minQuantity != null && quantity < minQuantity) {
      throw new InvalidInputException("quantity", productName + " is made in runs of at least " + minQuantity + " units; please ask for " + minQuantity + " or more.");
    }
    Set<OptionChoice> seen = new HashSet<>();
    for (OptionChoice choice : chosen) {
      if (!options.contains(choice)) {
        throw new InvalidInputException("options", "\"" + choice + "\" is not one of the choices offered for " + productName + ".");
      }
      if (!seen.add(choice)) {
        throw new InvalidInputException("options", "\"" + choice + "\" was chosen twice.");
      }
    }
  }

  /** The choices by group, groups and choices in the order the product team gave them. */
  public Map<String, List<String>> groups() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    options.forEach(o -> groups.computeIfAbsent(o.group(), g -> new ArrayList<>()).add(o.choice()));
    return groups;
  }

  public Long getProductId() {
    return productId;
  }

  public BigDecimal getPriceFloor() {
    return priceFloor;
  }

  public Integer getMinQuantity() {
    return minQuantity;
  }

  public List<OptionChoice> getOptions() {
    return List.copyOf(options);
  }

  public long getVersion() {
    return version;
  }
}
