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

/** A part of the company's offering (for example "Mobile app"); teams cover areas, submissions name one. */
@Entity
@Table(name = "core_product_area")
@NamedQuery(name = "ProductArea.all", query = "select a from ProductArea a order by a.name")
@NamedQuery(name = "ProductArea.findByName", query = "select a from ProductArea a where lower(a.name) = lower(:name)")
public class ProductArea {

  public static final int NAME_MAX_LENGTH = 80;
  public static final int DESCRIPTION_MAX_LENGTH = 500;

  @Id
  @SequenceGenerator(name = "core_catalog_seq", sequenceName = "core_catalog_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_catalog_seq")
  private Long id;

  @Column(nullable = false, length = NAME_MAX_LENGTH)
  private String name;

  @Column(length = DESCRIPTION_MAX_LENGTH)
  private String description;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected ProductArea() {}

  public ProductArea(String name, String description) {
    this.name = name.strip();
    this.description = description;
  }

  public void update(String name, String description, boolean active) {
    this.name = name.strip();
    this.description = description;
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
