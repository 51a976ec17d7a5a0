package org.example.portal.triage.application;

import java.util.List;
import org.example.portal.triage.domain.InboxItem;

/**
 * One page of the inbox and how many items match in all. Counting a million items would cost more than the page,
 * so the count stops at {@link #COUNT_LIMIT}: {@code exact} is false when more match (show "10,000+").
 */
public record InboxPage(long total, boolean exact, List<InboxItem> items) {

  public static final int COUNT_LIMIT = 10_000;

  public InboxPage(long total, List<InboxItem> items) {
    this(total, true, items);
  }
}
