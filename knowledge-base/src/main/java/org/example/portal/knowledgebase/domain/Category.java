package org.example.portal.knowledgebase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A group of articles; a category with a parent is a section of it. Readers browse them by position. */
@Entity
@Table(name = "kb_category")
@NamedQuery(name = "Category.all", query = "select c from Category c order by c.position, c.name")
@NamedQuery(name = "Category.findByName", query = "select c from Category c where lower(c.name) = lower(:name)")
public class Category {

  public static final int NAME_MAX_LENGTH = 120;
  public static final int DESCRIPTION_MAX_LENGTH = 500;

  @Id
  @SequenceGenerator(name = "kb_category_seq", sequenceName = "kb_category_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_category_seq")
  private Long id;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(nullable = false, length = NAME_MAX_LENGTH)
  private String name;

  @Column(length = DESCRIPTION_MAX_LENGTH)
  private String description;

  @Column(nullable = false)
  private int position;

  @Version private long version;

  protected Category() {}

  public Category(Long parentId, String name, String description, int position) {
    update(parentId, name, description, position);
  }

  public void update(Long parentId, String name, String description, int position) {
    if (parentId != null && parentId.equals(id)) {
      throw new IllegalArgumentException("A category cannot be its own section");
    }
    this.parentId = parentId;
    this.name = name.strip();
    this.description = description;
    this.position = position;
  }

  /** Moves the category (or section) to this place among its siblings; readers see them in this order. */
  public void place(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public Long getParentId() {
    return parentId;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public int getPosition() {
    return position;
  }
}
