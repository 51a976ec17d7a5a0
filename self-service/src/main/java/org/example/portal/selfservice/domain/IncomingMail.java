package org.example.portal.selfservice.domain;

import java.util.List;

/**
 * An e-mail as the ticket module needs it, already decoded: text in the right character set, attachments as
 * bytes.
 *
 * @param messageId the Message-ID with its angle brackets, or a digest of the raw message when it has none
 * @param references the ids of earlier messages it answers: References, then In-Reply-To
 */
public record IncomingMail(
    String messageId, List<String> references, String fromAddress, String fromName, String subject, String text, List<IncomingAttachment> attachments) {

  public IncomingMail {
    references = List.copyOf(references);
    attachments = List.copyOf(attachments);
  }

  /** A file that came with the mail. */
  public record IncomingAttachment(String fileName, byte[] content) {}
}
