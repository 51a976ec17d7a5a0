package org.example.portal.selfservice.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.core.config.PortalConfig;
import org.example.portal.selfservice.infrastructure.ImapInbox;

/**
 * Fetches support mail from the IMAP mailbox {@code portal.support.imap.url} every minute, when one is set,
 * and imports each message like an uploaded one: a new ticket or a reply, with notifications.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxPolling {

  private static final Logger LOG = Logger.getLogger(MailboxPolling.class.getName());
  static final int BATCH = 100;

  @Inject PortalConfig config;
  @Inject MailImport mailImport;

  @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
  void fetch() {
    config.get("portal.support.imap.url").ifPresent(url -> {
      // A failure is logged and the next run tries again; it must never cancel the schedule.
      try {
        int taken = ImapInbox.drain(url, BATCH, raw -> {
          MailImportReport report = mailImport.importFile(raw, true);
          if (report.rejected() > 0) {
            LOG.log(Level.WARNING, "A support e-mail could not be imported: {0}", report.reasons());
          }
          return true;
        });
        if (taken > 0) {
          LOG.log(Level.INFO, "Support e-mails fetched: {0}", taken);
        }
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Fetching support e-mail failed; the next run tries again", e);
      }
    });
  }
}
