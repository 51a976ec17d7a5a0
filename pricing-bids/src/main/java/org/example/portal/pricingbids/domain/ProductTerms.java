package org.example.portal.pricingbids.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The bid terms of one catalog product. */
@Entity
@Table(name = "bids_terms")
public class ProductTerms extends BidTerms {

  @Id
  @Column(name = "product_id")
  private Long productId;

  @ElementCollection
  @CollectionTable(name = "bids_terms_option", joinColumns = @JoinColumn(name = "product_id"))
  @OrderColumn(name = "position")
  private List<OptionChoice> options = new ArrayList<>();

  protected ProductTerms() {}

  public ProductTerms(long productId) {
    this.productId = productId;
  }

  /** Terms for a product nobody has set terms for: any positive price and quantity, no choices. */
  public static ProductTerms none(long productId) {
    return new ProductTerms(productId);
  }

  @Override
  protected List<OptionChoice> options() {
    return options;
  }

  @Override
  protected void replaceOptions(List<OptionChoice> options) {
    this.options = options;
  }

  public Long getProductId() {
    return productId;
  }
}
