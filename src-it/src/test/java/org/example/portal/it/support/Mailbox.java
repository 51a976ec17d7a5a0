package org.example.portal.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the portal sends to: GreenMail in the test JVM, started once per run by {@link TestRun}
 * before Payara starts, on {@link Settings#smtpPort()} (PORTAL_SMTP_PORT of the server). The portal's
 * outbox relay sends every 3 seconds, so tests wait for a message instead of expecting it at once.
 */
public final class Mailbox {

  /** Longest wait for a message: several relay rounds of 3 seconds, plus a slow machine. */
  public static final Duration TIMEOUT = Duration.ofSeconds(20);

  private static GreenMail server;

  private Mailbox() {}

  static synchronized void start() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(Settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** Every message received so far for this address, oldest first. */
  public static List<Mail> mailTo(String address) {
    if (server == null) {
      throw new IllegalStateException("GreenMail is not running: TestRun (a LauncherSessionListener) starts it.");
    }
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      Mail mail = Mail.of(message);
      if (mail.to().contains(address.toLowerCase(Locale.ROOT))) {
        mails.add(mail);
      }
    }
    return mails;
  }

  /** The first message for this address; fails after {@link #TIMEOUT} if none came. */
  public static Mail awaitMailTo(String address) {
    return awaitMailTo(address, "");
  }

  /** The first message for this address whose subject contains {@code subjectPart}; fails after {@link #TIMEOUT}. */
  public static Mail awaitMailTo(String address, String subjectPart) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      var match = mailTo(address).stream().filter(m -> m.subject().contains(subjectPart)).findFirst();
      if (match.isPresent()) {
        return match.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "No e-mail to " + address + " with '" + subjectPart + "' in its subject arrived within " + TIMEOUT.toSeconds() + " s");
      }
      // Poll GreenMail's in-memory store, not the portal: this only re-checks a list.
      server.waitForIncomingEmail(250, server.getReceivedMessages().length + 1);
    }
  }

  /** A received message, decoded. */
  /** @param messageId the Message-ID header; {@code inReplyTo} the In-Reply-To header, null when absent */
  public record Mail(List<String> to, String subject, String body, String messageId, String inReplyTo) {

    private static final Pattern TOKEN = Pattern.compile("[?&]token=([^&\\s]+)");

    static Mail of(MimeMessage message) {
      try {
        Address[] recipients = message.getRecipients(Message.RecipientType.TO);
        List<String> to =
            recipients == null
                ? List.of()
                : Arrays.stream(recipients).map(a -> a.toString().toLowerCase(Locale.ROOT)).toList();
        return new Mail(to, message.getSubject(), String.valueOf(message.getContent()), message.getHeader("Message-ID", null), message.getHeader("In-Reply-To", null));
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException("Cannot read an e-mail GreenMail received", e);
      }
    }

    /** The first link in the body that starts with the portal's base URL. */
    public String portalLink() {
      Matcher m = Pattern.compile(Pattern.quote(Settings.baseUrl()) + "/\\S+").matcher(body);
      if (!m.find()) {
        throw new AssertionError("No link to " + Settings.baseUrl() + " in the e-mail:\n" + body);
      }
      return m.group();
    }

    /** The {@code token} query parameter of {@link #portalLink()}. */
    public String token() {
      Matcher m = TOKEN.matcher(portalLink());
      if (!m.find()) {
        throw new AssertionError("The link in the e-mail has no token parameter: " + portalLink());
      }
      return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }
  }
}
