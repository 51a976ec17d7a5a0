package org.example.portal.triage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.submission.SubmissionRecord;
import org.junit.jupiter.api.Test;

class InboxItemTest {

  private static InboxItem item(String kind, long id) {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    return new InboxItem(new SubmissionRecord(kind, id, 1, null, "Title", "Summary", "NEW", now), Tier.STANDARD, "en", now);
  }

  @Test
  void eachKindLinksToThePageOfItsSubmission() {
    assertEquals("ideas/7", item("idea", 7).link());
    assertEquals("bids/7", item("bid", 7).link());
    assertEquals("tickets/7", item("ticket", 7).link());
    assertEquals("samples/requests/7", item("sample-request", 7).link());
    assertEquals("staff/samples", item("sample-feedback", 7).link(), "a feedback round has no page; its program's results show it");
  }
}
