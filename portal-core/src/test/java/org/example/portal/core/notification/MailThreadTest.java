package org.example.portal.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailThreadTest {

  @Test
  void messagesOfAConversationAnswerItsRootAndEachHasAnIdOfItsOwn() {
    MailThread first = Outbox.thread("ticket-42", "Support <help@Example.COM>");
    MailThread second = Outbox.thread("ticket-42", "Support <help@Example.COM>");

    assertEquals("<ticket-42@example.com>", first.inReplyTo());
    assertEquals(first.inReplyTo(), second.inReplyTo());
    assertNotEquals(first.messageId(), second.messageId());
    assertTrue(first.messageId().matches("<ticket-42\\.[0-9a-f-]{36}@example\\.com>"), first.messageId());
  }

  @Test
  void aSenderWithoutADomainStillGivesValidIds() {
    MailThread thread = Outbox.thread("ticket-7", "portal");

    assertEquals("<ticket-7@portal>", thread.inReplyTo());
  }

  @Test
  void conversationsAndIdsThatWouldBreakAHeaderAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Outbox.thread("ticket 42\r\nBcc: x@y", "help@example.com"));
    assertThrows(IllegalArgumentException.class, () -> new MailThread("no-brackets@example.com", null));
    assertThrows(IllegalArgumentException.class, () -> new MailThread("<a@b>", "<a@b>\r\nBcc: <x@y>"));
  }
}
