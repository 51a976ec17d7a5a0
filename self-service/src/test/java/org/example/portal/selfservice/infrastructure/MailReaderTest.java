package org.example.portal.selfservice.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.example.portal.selfservice.domain.IncomingMail;
import org.junit.jupiter.api.Test;

class MailReaderTest {

  private static IncomingMail read(String raw, Charset charset) {
    return MailReader.read(raw.replace("\n", "\r\n").getBytes(charset));
  }

  @Test
  void aPlainMessageGivesSenderSubjectTextAndThreadHeaders() {
    IncomingMail mail = read("""
        From: "Ada Lovelace" <Ada@Example.com>
        Subject: Re: [T-1042] Printer prints blank pages
        Message-ID: <abc@example.com>
        In-Reply-To: <x1@portal>
        References: <x0@portal> <x1@portal>
        Content-Type: text/plain; charset=us-ascii

        It still does.
        """, StandardCharsets.US_ASCII);

    assertEquals("<abc@example.com>", mail.messageId());
    assertEquals("ada@example.com", mail.fromAddress());
    assertEquals("Ada Lovelace", mail.fromName());
    assertEquals("Re: [T-1042] Printer prints blank pages", mail.subject());
    assertEquals("It still does.", mail.text());
    assertEquals(List.of("<x0@portal>", "<x1@portal>"), mail.references());
  }

  @Test
  void encodedWordsAndCharsetsAreDecoded() {
    IncomingMail mail = read("""
        From: =?UTF-8?B?0JDQvdC90LA=?= <anna@example.ru>
        Subject: =?KOI8-R?Q?=F0=D2=C9=CE=D4=C5=D2?=
        Message-ID: <ru@example.ru>
        Content-Type: text/plain; charset=koi8-r
        Content-Transfer-Encoding: 8bit

        Принтер не печатает.
        """, Charset.forName("KOI8-R"));

    assertEquals("Анна", mail.fromName());
    assertEquals("Принтер", mail.subject());
    assertEquals("Принтер не печатает.", mail.text());
  }

  @Test
  void mislabelledOrUnknownCharsetsFallBackSensibly() {
    assertEquals("naïve “quotes”", MailReader.decode("naïve “quotes”".getBytes(Charset.forName("windows-1252")), "iso-8859-1"));
    assertEquals("Grüße", MailReader.decode("Grüße".getBytes(StandardCharsets.UTF_8), "unknown-8bit"));
    assertEquals("Grüße", MailReader.decode("Grüße".getBytes(Charset.forName("windows-1252")), null));
    assertEquals("Grüße", MailReader.decode("Grüße".getBytes(StandardCharsets.UTF_8), "us-ascii"));
  }

  @Test
  void htmlOnlyMailBecomesTextAndAttachmentsAreKept() {
    IncomingMail mail = read("""
        From: bob@example.com
        Subject: Screenshot
        Message-ID: <m1@example.com>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/html; charset=utf-8

        <html><body><p>See <b>attached</b>.</p><script>alert(1)</script></body></html>
        --b1
        Content-Type: image/png; name="screen.png"
        Content-Disposition: attachment; filename="screen.png"
        Content-Transfer-Encoding: base64

        iVBORw0KGgo=
        --b1--
        """, StandardCharsets.US_ASCII);

    assertTrue(mail.text().startsWith("See attached."), mail.text());
    assertEquals(1, mail.attachments().size());
    assertEquals("screen.png", mail.attachments().get(0).fileName());
    assertEquals((byte) 0x89, mail.attachments().get(0).content()[0]);
  }

  @Test
  void aMessageWithoutMessageIdGetsAStableOne() {
    String raw = "From: c@example.com\nSubject: Hi\n\nHello\n";
    IncomingMail first = read(raw, StandardCharsets.US_ASCII);
    IncomingMail second = read(raw, StandardCharsets.US_ASCII);

    assertTrue(first.messageId().startsWith("<sha256-"));
    assertEquals(first.messageId(), second.messageId());
  }

  @Test
  void mboxFilesAreSplitAtFromLinesAndUnquoted() {
    String mbox = """
        From a@example.com Thu Aug 22 12:36:23 2002
        From: a@example.com
        Subject: One

        Body one
        >From the start

        From b@example.com Thu Aug 22 12:37:00 2002
        From: b@example.com
        Subject: Two

        Body two
        """;
    List<byte[]> messages = MailReader.splitMbox(mbox.getBytes(StandardCharsets.US_ASCII));

    assertEquals(2, messages.size());
    assertTrue(MailReader.isMbox(mbox.getBytes(StandardCharsets.US_ASCII)));
    IncomingMail one = MailReader.read(messages.get(0));
    assertEquals("One", one.subject());
    assertEquals("Body one\nFrom the start", one.text().replace("\r\n", "\n"));
    assertEquals("b@example.com", MailReader.read(messages.get(1)).fromAddress());
  }
}
