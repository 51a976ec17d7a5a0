package org.example.portal.selfservice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.selfservice.domain.IncomingMail;
import org.example.portal.selfservice.infrastructure.MailReader;

/**
 * Imports a file of e-mail, one RFC 822 message or an mbox of many, each message in a transaction of its
 * own: one broken message is reported and the others still come in, and importing the same file again
 * adds nothing.
 */
@ApplicationScoped
public class MailImport {

  private static final Logger LOG = Logger.getLogger(MailImport.class.getName());
  private static final int REASONS = 20;

  @Inject TicketMailbox mailbox;

  /** @param notify whether to mail confirmations and replies as for live mail (not for an archive) */
  public MailImportReport importFile(byte[] content, boolean notify) {
    List<byte[]> raw = MailReader.isMbox(content) ? MailReader.splitMbox(content) : List.of(content);
    int tickets = 0;
    int replies = 0;
    int duplicates = 0;
    int rejected = 0;
    List<String> reasons = new ArrayList<>();
    for (byte[] message : raw) {
      try {
        IncomingMail mail = MailReader.read(message);
        switch (mailbox.receive(mail, notify)) {
          case TICKET -> tickets++;
          case REPLY -> replies++;
          case DUPLICATE -> duplicates++;
        }
      } catch (RuntimeException e) {
        rejected++;
        LOG.log(Level.FINE, "E-mail not imported", e);
        if (reasons.size() < REASONS) {
          reasons.add(e.getMessage());
        }
      }
    }
    return new MailImportReport(raw.size(), tickets, replies, duplicates, rejected, reasons);
  }
}
