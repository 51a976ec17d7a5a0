package org.example.portal.core.submission;

import java.util.Set;
import org.example.portal.core.account.domain.Role;

/**
 * Merges one submission into another the way its feature does it by hand (an idea into the idea it duplicates,
 * a ticket into a ticket, a ticket onto an idea), for the triage inbox's duplicate detection. The feature keeps
 * its own rules, permission checks, notifications and {@link SubmissionChanged} events. Each feature whose
 * submissions can be merged contributes one bean per kind.
 */
public interface SubmissionMerger {

  /** The kind of the submission that is merged away, as in {@link SubmissionReceived#kind()}. */
  String kind();

  /** The kinds a submission of {@link #kind()} can be merged into. */
  Set<String> targetKinds();

  /** Who may merge a submission of {@link #kind()} into one of {@code targetKind}: any one of these roles. */
  Set<Role> rolesFor(String targetKind);

  /** Whether someone with these roles may merge a submission of {@link #kind()} into one of {@code targetKind}. */
  default boolean allows(String targetKind, Set<Role> roles) {
    return targetKinds().contains(targetKind) && rolesFor(targetKind).stream().anyMatch(roles::contains);
  }

  /**
   * Merges submission {@code id} into submission {@code targetId} of {@code targetKind}, as the staff member, in
   * the caller's transaction. Refused as the feature refuses it by hand: with a message naming what is wrong, 403
   * for a role that may not merge, 409 when one of them is already merged.
   */
  void merge(long staffId, long id, String targetKind, long targetId);
}
