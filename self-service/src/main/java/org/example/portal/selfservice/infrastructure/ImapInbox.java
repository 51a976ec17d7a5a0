package org.example.portal.selfservice.infrastructure;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Takes the unread messages out of an IMAP mailbox, for example {@code imaps://support:secret@mail.example.com/INBOX}.
 * Each message is handed over in RFC 822 form and flagged as read once the handler took it, so a message is
 * offered again after a failure and never after it was taken (the import itself also skips a Message-ID it
 * has seen, should the flag be lost).
 */
public final class ImapInbox {

  private ImapInbox() {}

  /** Hands over at most {@code max} unread messages; returns how many the handler took. */
  public static int drain(String url, int max, Predicate<byte[]> handler) throws MessagingException, IOException {
    URLName name = new URLName(url);
    Properties props = new Properties();
    props.setProperty("mail." + name.getProtocol() + ".connectiontimeout", "10000");
    props.setProperty("mail." + name.getProtocol() + ".timeout", "30000");
    // Reading a message must not mark it read: only a message the handler took is flagged.
    props.setProperty("mail." + name.getProtocol() + ".peek", "true");
    Store store = Session.getInstance(props).getStore(name);
    store.connect();
    try {
      Folder folder = store.getFolder(name.getFile() == null || name.getFile().isBlank() ? "INBOX" : name.getFile());
      folder.open(Folder.READ_WRITE);
      try {
        int taken = 0;
        for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
          if (taken >= max) {
            break;
          }
          ByteArrayOutputStream raw = new ByteArrayOutputStream();
          message.writeTo(raw);
          if (handler.test(raw.toByteArray())) {
            message.setFlag(Flags.Flag.SEEN, true);
            taken++;
          }
        }
        return taken;
      } finally {
        folder.close(false);
      }
    } finally {
      store.close();
    }
  }
}
