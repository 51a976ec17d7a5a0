package org.example.portal.triage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Two inbox items a staff member linked, with who did it and when; shown on both items. The pair is kept in id
 * order, so one pair has one link whichever item it was made from. A merge is a link too: it names the item
 * that was merged into the other.
 */
@Entity
@Table(name = "triage_link")
@NamedQuery(name = "ItemLink.ofItem", query = "select l from ItemLink l where l.lowItemId = :itemId or l.highItemId = :itemId order by l.linkedAt, l.id")
@NamedQuery(name = "ItemLink.pair", query = "select l from ItemLink l where l.lowItemId = :low and l.highItemId = :high")
@NamedQuery(name = "ItemLink.mergesOf", query = "select l.mergedItemId from ItemLink l where l.type = org.example.portal.triage.domain.LinkType.MERGED and l.mergedItemId in :itemIds")
public class ItemLink {

  @Id
  @SequenceGenerator(name = "triage_link_seq", sequenceName = "triage_link_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triage_link_seq")
  private Long id;

  @Column(name = "low_item_id", nullable = false)
  private long lowItemId;

  @Column(name = "high_item_id", nullable = false)
  private long highItemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LinkType type;

  @Column(name = "merged_item_id")
  private Long mergedItemId;

  @Column(name = "linked_by", nullable = false)
  private long linkedBy;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  protected ItemLink() {}

  private ItemLink(long itemId, long otherId, LinkType type, Long mergedItemId, long staffId, Instant now) {
    if (itemId == otherId) {
      throw new IllegalArgumentException("An item is not linked to itself");
    }
    this.lowItemId = Math.min(itemId, otherId);
    this.highItemId = Math.max(itemId, otherId);
    this.type = Objects.requireNonNull(type);
    this.mergedItemId = mergedItemId;
    this.linkedBy = staffId;
    this.linkedAt = now;
  }

  /** A link as related or duplicate, made from either item. */
  public static ItemLink between(long itemId, long otherId, LinkType type, long staffId, Instant now) {
    if (type == LinkType.MERGED) {
      throw new IllegalArgumentException("A merge is recorded with merged()");
    }
    return new ItemLink(itemId, otherId, type, null, staffId, now);
  }

  /** The record that {@code mergedItemId}'s submission was merged into {@code intoItemId}'s. */
  public static ItemLink merged(long mergedItemId, long intoItemId, long staffId, Instant now) {
    return new ItemLink(mergedItemId, intoItemId, LinkType.MERGED, mergedItemId, staffId, now);
  }

  /** A link that was there before becomes a merge: the pair keeps one link, now saying what happened. */
  public void becomeMerge(long mergedItemId, long staffId, Instant now) {
    if (mergedItemId != lowItemId && mergedItemId != highItemId) {
      throw new IllegalArgumentException("Item " + mergedItemId + " is not in this link");
    }
    this.type = LinkType.MERGED;
    this.mergedItemId = mergedItemId;
    this.linkedBy = staffId;
    this.linkedAt = now;
  }

  /** The item at the other end, seen from {@code itemId}. */
  public long other(long itemId) {
    return itemId == lowItemId ? highItemId : lowItemId;
  }

  public boolean isMerge() {
    return type == LinkType.MERGED;
  }

  /** Whether {@code itemId} is the item that was merged away in this link. */
  public boolean merged(long itemId) {
    return isMerge() && mergedItemId != null && mergedItemId == itemId;
  }

  public Long getId() {
    return id;
  }

  public long getLowItemId() {
    return lowItemId;
  }

  public long getHighItemId() {
    return highItemId;
  }

  public LinkType getType() {
    return type;
  }

  public Long getMergedItemId() {
    return mergedItemId;
  }

  public long getLinkedBy() {
    return linkedBy;
  }

  public Instant getLinkedAt() {
    return linkedAt;
  }
}
