package org.example.portal.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A product customers can give ideas about, ask for samples of and bid on. */
@Entity
@Table(name = "core_product")
@NamedQuery(name = "Product.all", query = "select p from Product p order by p.name")
@NamedQuery(name = "Product.byArea", query = "select p from Product p where p.areaId = :areaId order by p.name")
@NamedQuery(
    name = "Product.findByName",
    query = "select p from Product p where p.areaId = :areaId and lower(p.name) = lower(:name)")
public class Product {

  public static final int NAME_MAX_LENGTH = 120;
  public static final int DESCRIPTION_MAX_LENGTH = 2000;

  @Id
  @SequenceGenerator(name = "core_catalog_seq", sequenceName = "core_catalog_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_catalog_seq")
  private Long id;

  @Column(name = "area_id", nullable = false)
  private Long areaId;

  @Column(nullable = false, length = NAME_MAX_LENGTH)
  private String name;

  @Column(length = DESCRIPTION_MAX_LENGTH)
  private String description;

  /** ISO 4217 code; bids on this product are in this currency. */
  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "list_price", precision = 12, scale = 2)
  private BigDecimal listPrice;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected Product() {}

  public Product(Long areaId, String name, String description, String currency, BigDecimal listPrice) {
    this.areaId = areaId;
    update(areaId, name, description, currency, listPrice, true);
  }

  public void update(
      Long areaId, String name, String description, String currency, BigDecimal listPrice, boolean active) {
    this.areaId = areaId;
    this.name = name.strip();
    this.description = description;
    this.currency = currency.toUpperCase(java.util.Locale.ROOT);
    this.listPrice = listPrice;
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public Long getAreaId() {
    return areaId;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getListPrice() {
    return listPrice;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
