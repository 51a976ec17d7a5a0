package org.example.portal.triage.application;

import org.example.portal.core.account.domain.Tier;

/**
 * Inbox filters; null means "any".
 *
 * @param queue only items no team has yet (the triage queue)
 * @param state {@code OPEN} (the default), {@code CLOSED} or {@code ALL}
 * @param olderThanDays only items received at least this many days ago
 * @param newerThanDays only items received within this many days
 * @param text full-text search in titles and summaries
 */
public record InboxQuery(
    String kind,
    Long teamId,
    boolean queue,
    Long areaId,
    String status,
    Tier tier,
    boolean unassigned,
    Integer olderThanDays,
    Integer newerThanDays,
    String state,
    String text,
    int first,
    int max) {

  public static final int MAX_PAGE = 100;

  public InboxQuery {
    state = state == null || state.isBlank() ? "OPEN" : state.strip().toUpperCase(java.util.Locale.ROOT);
    text = text == null ? "" : text.strip();
    first = Math.max(0, first);
    max = Math.clamp(max <= 0 ? 50 : max, 1, MAX_PAGE);
    kind = kind == null || kind.isBlank() ? null : kind.strip();
    status = status == null || status.isBlank() ? null : status.strip();
  }

  public static InboxQuery all() {
    return new InboxQuery(null, null, false, null, null, null, false, null, null, "ALL", "", 0, 50);
  }
}
