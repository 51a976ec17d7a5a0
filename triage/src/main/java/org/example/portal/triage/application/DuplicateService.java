package org.example.portal.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.search.SearchIndex;
import org.example.portal.core.search.SearchIndexes;
import org.example.portal.core.submission.RelatedContent;
import org.example.portal.core.submission.SubmissionMerger;
import org.example.portal.triage.domain.InboxItem;
import org.example.portal.triage.domain.ItemLink;
import org.example.portal.triage.domain.LinkType;
import org.example.portal.triage.domain.MergeOptions;
import org.example.portal.triage.infrastructure.InboxIndex;

/**
 * Duplicate detection across kinds: the items that read like an inbox item (whatever their kind) and the
 * published content that may already answer it; staff link items as related or duplicate, or merge one into
 * the other through the module that owns them, which keeps its own rules, mails and events.
 */
@ApplicationScoped
@Transactional
public class DuplicateService {

  public static final int DEFAULT_SIMILAR = 8;
  public static final int MAX_SIMILAR = 20;

  /**
   * The words of an item a similar item is looked for by: its most telling ones. On half a million generated items
   * a query of a dozen words took a quarter of the time of one of 25 (the default), and duplicates still share
   * most of them.
   */
  static final int LIKE_TERMS = 12;

  /** Articles and other content shown beside the similar items, from each feature that publishes some. */
  static final int RELATED_CONTENT = 5;

  @PersistenceContext EntityManager em;
  @Inject InboxService inbox;
  @Inject SearchIndexes indexes;
  @Inject Accounts accounts;
  @Inject @Any Instance<RelatedContent> related;
  @Inject @Any Instance<SubmissionMerger> mergers;

  Clock clock = Clock.systemUTC();

  /** An item that reads like the one asked about, and the merges offered between the two. */
  public record SimilarItem(InboxItem item, float score, boolean mergeInto, boolean mergeHere) {}

  /** The similar items, best first, and the related published content, best first. */
  public record Similar(List<SimilarItem> items, List<RelatedContent.Piece> content) {}

  /** A link as seen from one item: the item at the other end. */
  public record Linked(ItemLink link, InboxItem other) {}

  /**
   * Up to {@code limit} other items that read like this one, of any kind, that the viewer may see, leaving out
   * those already linked to it or merged with it; and published content on the same subject. One query of the
   * inbox index ("more like this" on the item's own indexed title and summary).
   */
  public Similar similarItems(Viewer viewer, long itemId, int limit) {
    InboxItem item = inbox.item(viewer, itemId);
    int wanted = Math.clamp(limit, 1, MAX_SIMILAR);
    Set<Long> linked = links(item.getId()).stream().map(l -> l.other(item.getId())).collect(Collectors.toSet());
    Map<String, Set<String>> filters = viewer.seesAll() ? Map.of() : Map.of(InboxIndex.VISIBILITY, InboxIndex.visibleTo(viewer.teamIds()));
    List<SearchIndex.Match> hits = indexes.index(InboxIndex.CONTEXT).similarIds(String.valueOf(item.getId()), filters, wanted + linked.size(), LIKE_TERMS);
    List<Long> ids = hits.stream().map(h -> Long.valueOf(h.id())).filter(id -> !linked.contains(id)).limit(wanted).toList();
    Map<Long, InboxItem> byId = ids.isEmpty() ? Map.of() : em.createNamedQuery("InboxItem.byIds", InboxItem.class).setParameter("ids", ids)
        .getResultStream().collect(Collectors.toMap(InboxItem::getId, Function.identity()));
    Set<Long> involved = new HashSet<>(ids);
    involved.add(item.getId());
    Set<Long> mergedAway = mergedAway(involved);
    MergeOptions options = options(viewer);
    List<SimilarItem> items = hits.stream()
        .filter(h -> byId.containsKey(Long.valueOf(h.id())))
        .map(h -> {
          InboxItem other = byId.get(Long.valueOf(h.id()));
          return new SimilarItem(other, h.score(), options.offers(item, other, mergedAway), options.offers(other, item, mergedAway));
        })
        .filter(s -> s.item().isVisibleTo(viewer.teamIds(), viewer.seesAll()))
        .toList();
    String text = item.getTitle() + "\n" + item.getSummary();
    List<RelatedContent.Piece> content = related.stream()
        .flatMap(r -> r.relatedTo(text, item.getCustomerLanguage(), RELATED_CONTENT).stream())
        .toList();
    return new Similar(items, content);
  }

  /** The merges this viewer may make, by kind, as the modules that own the kinds allow them. */
  private MergeOptions options(Viewer viewer) {
    Set<Role> roles = accounts.findById(viewer.accountId()).map(Account::getRoles).orElse(Set.of());
    return MergeOptions.forRoles(mergers, roles);
  }

  private Set<Long> mergedAway(Set<Long> itemIds) {
    return Set.copyOf(em.createNamedQuery("ItemLink.mergesOf", Long.class).setParameter("itemIds", itemIds).getResultList());
  }

  private List<ItemLink> links(long itemId) {
    return em.createNamedQuery("ItemLink.ofItem", ItemLink.class).setParameter("itemId", itemId).getResultList();
  }

  private Optional<ItemLink> link(long itemId, long otherId) {
    return em.createNamedQuery("ItemLink.pair", ItemLink.class)
        .setParameter("low", Math.min(itemId, otherId)).setParameter("high", Math.max(itemId, otherId))
        .getResultStream().findFirst();
  }

  /** The item's links, oldest first, to items the viewer may see. */
  public List<Linked> linksOf(Viewer viewer, long itemId) {
    InboxItem item = inbox.item(viewer, itemId);
    List<ItemLink> links = links(item.getId());
    if (links.isEmpty()) {
      return List.of();
    }
    Map<Long, InboxItem> others = em.createNamedQuery("InboxItem.byIds", InboxItem.class)
        .setParameter("ids", links.stream().map(l -> l.other(item.getId())).toList())
        .getResultStream().collect(Collectors.toMap(InboxItem::getId, Function.identity()));
    return links.stream()
        .filter(l -> others.containsKey(l.other(item.getId())))
        .map(l -> new Linked(l, others.get(l.other(item.getId()))))
        .filter(l -> l.other().isVisibleTo(viewer.teamIds(), viewer.seesAll()))
        .toList();
  }

  /** Links two items as related or duplicate; both must be visible to the viewer and not linked yet. */
  public Linked linkItems(Viewer viewer, long itemId, Long otherId, LinkType type) {
    if (otherId == null) {
      throw new InvalidInputException("itemId", "Choose the item to link to: itemId.");
    }
    if (type == LinkType.MERGED) {
      throw new InvalidInputException("type", "Items are merged with the merge action, not linked as merged: RELATED or DUPLICATE.");
    }
    InboxItem item = inbox.item(viewer, itemId);
    if (otherId == itemId) {
      throw new InvalidInputException("itemId", "An item cannot be linked to itself.");
    }
    InboxItem other = inbox.item(viewer, otherId);
    link(itemId, otherId).ifPresent(existing -> {
      throw new ConflictException("itemId", "Items #" + itemId + " and #" + otherId + " are already linked ("
          + existing.getType().name().toLowerCase() + ").");
    });
    ItemLink link = ItemLink.between(item.getId(), other.getId(), type == null ? LinkType.RELATED : type, viewer.accountId(), clock.instant());
    em.persist(link);
    em.flush();
    return new Linked(link, other);
  }

  /** Removes the link between two items. A merge is not undone here: its module undoes it, if at all. */
  public void unlinkItems(Viewer viewer, long itemId, long otherId) {
    inbox.item(viewer, itemId);
    inbox.item(viewer, otherId);
    ItemLink link = link(itemId, otherId).orElseThrow(() -> new NotFoundException("Link between items", itemId + " and " + otherId));
    if (link.isMerge()) {
      throw new ConflictException("itemId", "Items #" + itemId + " and #" + otherId + " were merged; a merge is not undone by unlinking.");
    }
    em.remove(link);
  }

  /**
   * Merges the submission of one item into the submission of another through the module that owns it, in one
   * transaction: the module merges (with its permission checks, mails and events, which bring the new status to
   * the inbox), and the inbox records the merge as a link. An item merged into one of its own kind is gone and
   * is closed here; a ticket attached to an idea stays open, since support still answers it.
   */
  public InboxItem mergeItems(Viewer viewer, long itemId, Long intoId) {
    if (intoId == null) {
      throw new InvalidInputException("intoId", "Choose the item to merge into: intoId.");
    }
    if (intoId == itemId) {
      throw new InvalidInputException("intoId", "An item cannot be merged into itself.");
    }
    InboxItem item = inbox.item(viewer, itemId);
    InboxItem into = inbox.item(viewer, intoId);
    SubmissionMerger merger = mergers.stream()
        .filter(m -> m.kind().equals(item.getKind()) && m.targetKinds().contains(into.getKind()))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("intoId",
            "A " + item.getKind() + " cannot be merged into a " + into.getKind() + "; link the two items instead."));
    Set<Long> mergedAway = mergedAway(Set.of(item.getId(), into.getId()));
    if (MergeOptions.gone(item, mergedAway)) {
      throw new ConflictException("itemId", "Item #" + itemId + " is already merged or closed in its module (" + item.getStatus() + ").");
    }
    if (MergeOptions.gone(into, mergedAway)) {
      throw new ConflictException("intoId", "Item #" + intoId + " is already merged or closed in its module (" + into.getStatus() + "); merge into another item.");
    }
    merger.merge(viewer.accountId(), item.getSubmissionId(), into.getKind(), into.getSubmissionId());
    Instant now = clock.instant();
    Optional<ItemLink> existing = link(itemId, intoId);
    if (existing.isPresent()) {
      existing.get().becomeMerge(item.getId(), viewer.accountId(), now);
    } else {
      em.persist(ItemLink.merged(item.getId(), into.getId(), viewer.accountId(), now));
    }
    if (item.getKind().equals(into.getKind())) {
      item.close(now);
    }
    em.flush();
    inbox.indexed(item);
    return item;
  }
}
