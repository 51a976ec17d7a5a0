package org.example.portal.triage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A staff member's named set of inbox filters, kept as the inbox's query string. */
@Entity
@Table(name = "triage_view")
@NamedQuery(name = "SavedView.ofOwner", query = "select v from SavedView v where v.ownerId = :ownerId order by v.name")
public class SavedView {

  public static final int NAME_MAX_LENGTH = 60;
  public static final int QUERY_MAX_LENGTH = 1000;

  @Id
  @SequenceGenerator(name = "triage_view_seq", sequenceName = "triage_view_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triage_view_seq")
  private Long id;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Column(nullable = false, length = NAME_MAX_LENGTH)
  private String name;

  @Column(nullable = false, length = QUERY_MAX_LENGTH)
  private String query;

  protected SavedView() {}

  public SavedView(long ownerId, String name, String query) {
    this.ownerId = ownerId;
    this.name = name.strip();
    this.query = query;
  }

  public void change(String query) {
    this.query = query;
  }

  public Long getId() {
    return id;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public String getName() {
    return name;
  }

  public String getQuery() {
    return query;
  }
}
