package org.example.portal.triage.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.submission.SubmissionMerger;

/**
 * Which merges a staff member is offered between two inbox items: the item's module must merge its kind into
 * the other's kind, the staff member's roles must allow it, and neither submission may be gone already (merged
 * away or closed). The module still decides; this only keeps the inbox from offering what it would refuse.
 *
 * @param into for each kind, the kinds this staff member may merge it into
 */
public record MergeOptions(Map<String, Set<String>> into) {

  /** Statuses of a submission that is finished: nothing merges into it and it merges into nothing. */
  private static final Set<String> GONE = Set.of("MERGED", "CLOSED");

  public MergeOptions {
    into = Map.copyOf(into);
  }

  /** The merges someone with these roles may make, as the modules that own the kinds allow them. */
  public static MergeOptions forRoles(Iterable<SubmissionMerger> mergers, Set<Role> roles) {
    Map<String, Set<String>> into = new HashMap<>();
    mergers.forEach(m -> into.put(m.kind(), m.targetKinds().stream().filter(k -> m.allows(k, roles)).collect(Collectors.toSet())));
    return new MergeOptions(into);
  }

  /**
   * Whether {@code item} may be merged into {@code target}.
   *
   * @param mergedAway the ids of items already merged into another item through the inbox
   */
  public boolean offers(InboxItem item, InboxItem target, Set<Long> mergedAway) {
    return !item.getId().equals(target.getId())
        && into.getOrDefault(item.getKind(), Set.of()).contains(target.getKind())
        && !gone(item, mergedAway)
        && !gone(target, mergedAway);
  }

  /** Whether the item's submission was merged away or is closed, so it takes part in no further merge. */
  public static boolean gone(InboxItem item, Set<Long> mergedAway) {
    return mergedAway.contains(item.getId()) || GONE.contains(item.getStatus());
  }
}
