package org.example.portal.triage.application;

import java.util.List;
import org.example.portal.triage.domain.InboxItem;

/** One page of the inbox and how many items match in all. */
public record InboxPage(long total, List<InboxItem> items) {}
