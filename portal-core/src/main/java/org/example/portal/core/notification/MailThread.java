package org.example.portal.core.notification;

import java.util.Objects;

/**
 * Where an outgoing e-mail belongs in a conversation: its own Message-ID and the Message-ID of the message it
 * answers (sent as In-Reply-To and References), both with their angle brackets. Make them with
 * {@link Outbox#thread}.
 */
public record MailThread(String messageId, String inReplyTo) {

  public static final int ID_MAX_LENGTH = 250;

  public MailThread {
    Objects.requireNonNull(messageId, "messageId");
    if (!isMessageId(messageId) || (inReplyTo != null && !isMessageId(inReplyTo))) {
      throw new IllegalArgumentException("Not a Message-ID: " + messageId + " / " + inReplyTo);
    }
  }

  private static boolean isMessageId(String id) {
    return id.length() <= ID_MAX_LENGTH && id.matches("<[^<>@\\s]+@[^<>@\\s]+>");
  }
}
