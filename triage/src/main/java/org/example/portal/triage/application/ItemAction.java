package org.example.portal.triage.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.example.portal.triage.domain.Priority;

/**
 * What staff do to one or many inbox items at once. Only the fields the action needs are read.
 *
 * @param itemIds for bulk actions; ignored when the item is in the path
 */
public record ItemAction(
    @NotNull(message = "Say what to do: ASSIGN, PRIORITY, TAG, UNTAG, CLOSE or REOPEN.") Type action,
    @Size(max = 500, message = "At most {max} items at once.") List<@NotNull(message = "Name each item by its id.") Long> itemIds,
    Long teamId,
    Long assigneeId,
    Priority priority,
    Set<String> tags) {

  /**
   * The actions. ASSIGN moves items to a team and one of its members (no team: back to the triage queue); TAG adds
   * tags to those each item has and UNTAG takes them away, so tagging many items keeps what their rules tagged.
   */
  public enum Type {
    ASSIGN,
    PRIORITY,
    TAG,
    UNTAG,
    CLOSE,
    REOPEN
  }
}
