package org.example.portal.triage.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.submission.SubmissionRecord;

/** Inbox items as the database would hand them out, with their ids, for tests without a database. */
public final class TestItems {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private TestItems() {}

  public static InboxItem item(long id, String kind, String title, String summary, String status) {
    InboxItem item = new InboxItem(new SubmissionRecord(kind, id * 10, 1, null, title, summary, status, NOW), Tier.STANDARD, "en", NOW);
    try {
      Field field = InboxItem.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(item, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return item;
  }
}
