package org.example.portal.pricingbids.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
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
 * What a product team accepts bids for on one product ({@link ProductTerms}) or one idea ({@link IdeaTerms}):
 * the requirement choices customers pick from, a price floor below which bids are declined at once, and a
 * minimum quantity. Without terms a product or idea takes bids with free-text requirements only.
 */
@MappedSuperclass
public abstract class BidTerms {

  @Column(name = "price_floor", precision = 12, scale = 2)
  private BigDecimal priceFloor;

  @Column(name = "min_quantity")
  private Integer minQuantity;

  @Version private long version;

  /** The choices, in the order the product team gave them; each subclass keeps them in its own table. */
  protected abstract List<OptionChoice> options();

  protected abstract void replaceOptions(List<OptionChoice> options);

  public void update(BigDecimal priceFloor, Integer minQuantity, List<OptionChoice> options) {
    if (new HashSet<>(options).size() != options.size()) {
      throw new InvalidInputException("options", "Each choice may appear only once within its group.");
    }
    this.priceFloor = priceFloor;
    this.minQuantity = minQuantity;
    replaceOptions(new ArrayList<>(options));
  }

  /**
   * Refuses a bid these terms decline automatically, politely and without naming the floor, so customers
   * offer what the product or idea is worth to them rather than the floor.
   *
   * @param name the product's name or the idea's title, as the customer knows it
   */
  public void check(String name, BigDecimal unitPrice, int quantity, List<OptionChoice> chosen) {
    if (priceFloor != null && unitPrice.compareTo(priceFloor) < 0) {
      throw new InvalidInputException(
          "unitPrice",
          "Thank you for your offer. We cannot make " + name + " at this price at the moment; please offer a higher unit price.");
    }
    if (minQuantity != null && quantity < minQuantity) {
      throw new InvalidInputException("quantity", name + " is made in runs of at least " + minQuantity + " units; please ask for " + minQuantity + " or more.");
    }
    checkChoices(name, chosen);
  }

  /**
   * Refuses choices these terms do not offer, or one chosen twice. A counteroffer or campaign of the product
   * team is held to the choices only: the floor and the minimum are for customers' bids.
   */
  public void checkChoices(String name, List<OptionChoice> chosen) {
    Set<OptionChoice> seen = new HashSet<>();
    for (OptionChoice choice : chosen) {
      if (!options().contains(choice)) {
        throw new InvalidInputException("options", "\"" + choice + "\" is not one of the choices offered for " + name + ".");
      }
      if (!seen.add(choice)) {
        throw new InvalidInputException("options", "\"" + choice + "\" was chosen twice.");
      }
    }
  }

  /** The choices by group, groups and choices in the order the product team gave them. */
  public Map<String, List<String>> groups() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    options().forEach(o -> groups.computeIfAbsent(o.group(), g -> new ArrayList<>()).add(o.choice()));
    return groups;
  }

  public BigDecimal getPriceFloor() {
    return priceFloor;
  }

  public Integer getMinQuantity() {
    return minQuantity;
  }

  public List<OptionChoice> getOptions() {
    return List.copyOf(options());
  }

  public long getVersion() {
    return version;
  }
}
