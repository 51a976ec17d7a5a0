package org.example.portal.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.error.ForbiddenActionException;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.submission.SubmissionMerger;

/**
 * Duplicate ideas merged from the triage inbox: the same merge a product manager makes on the idea's page, with
 * its votes moving, its people told and its history kept.
 */
@ApplicationScoped
@Transactional
public class IdeaMerger implements SubmissionMerger {

  /** Who merges ideas, as on the idea's page and its REST endpoint. */
  static final Set<Role> MERGING = EnumSet.of(Role.PRODUCT_MANAGER, Role.TRIAGE_LEAD, Role.ADMIN);

  @Inject IdeaService ideas;
  @Inject Accounts accounts;

  @Override
  public String kind() {
    return IdeaService.SUBMISSION_KIND;
  }

  @Override
  public Set<String> targetKinds() {
    return Set.of(IdeaService.SUBMISSION_KIND);
  }

  @Override
  public Set<Role> rolesFor(String targetKind) {
    return MERGING;
  }

  @Override
  public void merge(long staffId, long id, String targetKind, long targetId) {
    if (!targetKinds().contains(targetKind)) {
      throw new InvalidInputException("targetId", "An idea can be merged into another idea only.");
    }
    if (!allows(targetKind, accounts.get(staffId).getRoles())) {
      throw new ForbiddenActionException("Only product managers, triage leads and admins merge ideas.");
    }
    ideas.merge(staffId, id, new MergeForm(targetId));
  }
}
