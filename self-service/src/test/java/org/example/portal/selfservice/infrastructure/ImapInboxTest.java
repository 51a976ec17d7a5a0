package org.example.portal.selfservice.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImapInboxTest {

  private GreenMail mail;

  @BeforeEach
  void start() {
    mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
    mail.start();
    mail.setUser("support@localhost", "support", "secret");
  }

  @AfterEach
  void stop() {
    mail.stop();
  }

  private String url() {
    return "imap://support:secret@127.0.0.1:" + mail.getImap().getPort() + "/INBOX";
  }

  @Test
  void unreadMessagesAreHandedOverOnceAndFailuresAreOfferedAgain() throws Exception {
    GreenMailUtil.sendTextEmail("support@localhost", "ada@example.com", "Printer", "It prints blank pages.", mail.getSmtp().getServerSetup());
    GreenMailUtil.sendTextEmail("support@localhost", "bob@example.com", "Scanner", "Error E7.", mail.getSmtp().getServerSetup());
    mail.waitForIncomingEmail(2);

    assertEquals(0, ImapInbox.drain(url(), 10, raw -> false), "nothing taken, nothing flagged");
    List<String> subjects = new ArrayList<>();
    assertEquals(2, ImapInbox.drain(url(), 10, raw -> subjects.add(MailReader.read(raw).subject())));
    assertEquals(List.of("Printer", "Scanner"), subjects);
    assertEquals(0, ImapInbox.drain(url(), 10, raw -> true), "read messages are not offered again");
  }
}
