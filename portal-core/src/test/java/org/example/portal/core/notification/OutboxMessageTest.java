package org.example.portal.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void failedDeliveriesAreRetriedWithGrowingPauses() {
    var message = new OutboxMessage("dana@example.com", "Subject", "Body", now);
    message.failed("connection refused", now);
    assertEquals(now.plus(Duration.ofSeconds(30)), message.getNextAttemptAt());
    message.failed("connection refused", now);
    assertEquals(now.plus(Duration.ofSeconds(60)), message.getNextAttemptAt());
    assertEquals(OutboxMessage.Status.PENDING, message.getStatus());
  }

  @Test
  void aMessageIsGivenUpAfterTheLastAttempt() {
    var message = new OutboxMessage("dana@example.com", "Subject", "Body", now);
    for (int i = 0; i < OutboxMessage.MAX_ATTEMPTS; i++) {
      message.failed("mailbox unavailable", now);
    }
    assertEquals(OutboxMessage.Status.FAILED, message.getStatus());
    assertEquals("mailbox unavailable", message.getLastError());
  }

  @Test
  void aSuccessfulDeliveryClearsTheLastError() {
    var message = new OutboxMessage("dana@example.com", "Subject", "Body", now);
    message.failed("timeout", now);
    message.sent(now);
    assertEquals(OutboxMessage.Status.SENT, message.getStatus());
    assertEquals(null, message.getLastError());
    assertEquals(2, message.getAttempts());
  }

  @Test
  void overlongSubjectsAreShortenedToFitTheColumn() {
    var message = new OutboxMessage("dana@example.com", "x".repeat(500), "Body", now);
    assertEquals(OutboxMessage.SUBJECT_MAX_LENGTH, message.getSubject().length());
  }
}
