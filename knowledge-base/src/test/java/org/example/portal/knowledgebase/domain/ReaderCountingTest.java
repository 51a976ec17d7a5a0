package org.example.portal.knowledgebase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.example.portal.knowledgebase.application.Visitor;
import org.junit.jupiter.api.Test;

/** One answer to "Was this helpful?" per reader and article, and one counted view a day. */
class ReaderCountingTest {

  private final Instant now = Instant.parse("2026-12-02T10:00:00Z");

  @Test
  void aFirstAnswerCountsOnceOnItsSide() {
    assertEquals(new Feedback.Tally(1, 0), new Feedback(1L, Reader.account(7), true, null, now).tally());
    assertEquals(new Feedback.Tally(0, 1), new Feedback(1L, Reader.account(7), false, "Too short", now).tally());
  }

  @Test
  void theSameAnswerAgainMovesNoCounterButReplacesTheComment() {
    Feedback answer = new Feedback(1L, Reader.account(7), false, "Too short", now);
    assertEquals(Feedback.Tally.NONE, answer.answerAgain(false, "Still too short", now.plusSeconds(60)));
    assertEquals("Still too short", answer.getComment());
    assertEquals(Feedback.Tally.NONE, answer.answerAgain(false, " ", now.plusSeconds(120)));
    assertNull(answer.getComment());
    assertEquals(now.plusSeconds(120), answer.getUpdatedAt());
  }

  @Test
  void aChangedAnswerMovesOneVoteFromOneSideToTheOther() {
    Feedback answer = new Feedback(1L, Reader.account(7), false, null, now);
    assertEquals(new Feedback.Tally(1, -1), answer.answerAgain(true, "Found it after all", now));
    assertTrue(answer.isHelpful());
    assertEquals(new Feedback.Tally(-1, 1), answer.answerAgain(false, null, now));
    assertFalse(answer.isHelpful());
  }

  @Test
  void aViewCountsAgainOnlyOnceTheWindowHasPassed() {
    CountedView view = new CountedView(1L, Reader.account(7), now);
    assertFalse(view.countAgain(now.plusSeconds(5)));
    assertFalse(view.countAgain(now.plus(CountedView.WINDOW).minusSeconds(1)));
    assertEquals(now, view.getCountedAt());
    assertTrue(view.countAgain(now.plus(CountedView.WINDOW)));
    assertEquals(now.plus(CountedView.WINDOW), view.getCountedAt());
    assertFalse(view.countAgain(now.plus(CountedView.WINDOW).plus(Duration.ofHours(1))));
  }

  @Test
  void rowsOlderThanTheWindowAreExpired() {
    assertEquals(now.minus(CountedView.WINDOW), CountedView.expiredBefore(now));
  }

  @Test
  void aSignedInReaderIsTheirAccountWhateverBrowserTheyUse() {
    assertEquals(new Visitor(7L, false, "en", null).reader(), new Visitor(7L, false, "uz", "another-session").reader());
    assertEquals("account:7", new Visitor(7L, false, "en", null).reader().key());
  }

  @Test
  void anAnonymousReaderIsTheirBrowserSessionKeptOnlyAsAHash() {
    String token = "5b1f4c1e-0d0a-4a57-9d3e-2f9b3c8d1a77";
    Reader reader = Visitor.anonymous("en", token).reader();
    assertEquals(reader, Visitor.anonymous("ru", token).reader());
    assertNotEquals(reader, Visitor.anonymous("en", "0c3d1e2f-0d0a-4a57-9d3e-2f9b3c8d1a77").reader());
    assertTrue(reader.key().startsWith("session:"), reader.key());
    assertFalse(reader.key().contains(token));
    assertTrue(reader.key().length() <= Reader.KEY_MAX_LENGTH);
    assertNull(reader.accountId());
  }

  @Test
  void anAnonymousVisitorWithoutASessionIsANewReaderEachTime() {
    assertNotEquals(Visitor.anonymous("en", null).reader(), Visitor.anonymous("en", null).reader());
    assertThrows(IllegalArgumentException.class, () -> Reader.session(" "));
  }
}
