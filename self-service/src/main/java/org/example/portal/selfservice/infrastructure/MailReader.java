package org.example.portal.selfservice.infrastructure;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.portal.selfservice.domain.IncomingMail;
import org.example.portal.selfservice.domain.IncomingMail.IncomingAttachment;
import org.example.portal.selfservice.domain.MailReceipt;
import org.jsoup.Jsoup;

/**
 * Reads RFC 822 messages and mbox files with Jakarta Mail. Real mail is often broken, so every step has a
 * fallback rather than a failure: an unknown or wrong character set falls back to UTF-8 if the bytes are
 * valid UTF-8 and to Windows-1252 otherwise (what mislabelled Western mail nearly always is); a malformed
 * From header is read leniently; HTML-only mail becomes text; a message without Message-ID gets one made of
 * a digest of its bytes, so importing it twice is still recognised.
 */
public final class MailReader {

  private static final Session SESSION = session();
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
  private static final Pattern SEPARATOR =
      Pattern.compile("From \\S*\\s+[A-Z][a-z]{2},? +[A-Z][a-z]{2} +\\d{1,2} +\\d{1,2}:\\d{2}(:\\d{2})?( +[A-Z]{3,5}| +[+-]\\d{4})? +\\d{4}\\s*");
  private static final Charset FALLBACK = Charset.forName("windows-1252");
  private static final int MAX_DEPTH = 10;

  private MailReader() {}

  private static Session session() {
    Properties props = new Properties();
    // Accept what real mailers send: unencoded 8-bit headers and parameters, odd boundaries.
    props.setProperty("mail.mime.address.strict", "false");
    props.setProperty("mail.mime.decodetext.strict", "false");
    props.setProperty("mail.mime.decodeparameters", "true");
    props.setProperty("mail.mime.decodefilename", "true");
    props.setProperty("mail.mime.parameters.strict", "false");
    props.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
    props.setProperty("mail.mime.multipart.allowempty", "true");
    return Session.getInstance(props);
  }

  /** One message in RFC 822 form. */
  public static IncomingMail read(byte[] raw) {
    try {
      MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
      Body body = new Body();
      collect(message, body, 0);
      String[] from = sender(message);
      String subject = decodeHeader(message.getHeader("Subject", null));
      String text = body.text != null ? body.text : body.html != null ? Jsoup.parse(body.html).wholeText().strip() : "";
      return new IncomingMail(messageId(message, raw), references(message), from[0], from[1], subject == null ? "" : subject.strip(), text.strip(), body.attachments);
    } catch (MessagingException | IOException e) {
      throw new IllegalArgumentException("Not a readable e-mail: " + e.getMessage(), e);
    }
  }

  /**
   * The messages of an mbox file. A message starts at a separator line, {@code From sender date} in the
   * form mail tools write it, at the start of the file or after an empty line; {@code >From } lines are
   * unquoted (mboxrd). Requiring the date keeps a body line that merely starts with "From " (in files
   * that were not quoted) inside its message.
   */
  public static List<byte[]> splitMbox(byte[] mbox) {
    // ISO-8859-1 maps every byte to one char and back, so splitting as text keeps the bytes exact.
    String all = new String(mbox, StandardCharsets.ISO_8859_1);
    List<byte[]> messages = new ArrayList<>();
    StringBuilder current = null;
    boolean previousBlank = true;
    int start = 0;
    while (start < all.length()) {
      int end = all.indexOf('\n', start);
      String line = end < 0 ? all.substring(start) : all.substring(start, end + 1);
      start = end < 0 ? all.length() : end + 1;
      if (previousBlank && SEPARATOR.matcher(line).matches()) {
        if (current != null) {
          messages.add(current.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        current = new StringBuilder();
      } else if (current != null) {
        current.append(line.matches(">+From .*\\R?") ? line.substring(1) : line);
      }
      previousBlank = line.isBlank();
    }
    if (current != null) {
      messages.add(current.toString().getBytes(StandardCharsets.ISO_8859_1));
    }
    return messages;
  }

  /** Whether the bytes look like an mbox file rather than one message. */
  public static boolean isMbox(byte[] content) {
    return content.length > 5 && new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("From ");
  }

  private static final class Body {
    String text;
    String html;
    final List<IncomingAttachment> attachments = new ArrayList<>();
  }

  private static void collect(Part part, Body body, int depth) throws MessagingException, IOException {
    if (depth > MAX_DEPTH) {
      return;
    }
    String type = baseType(part);
    String fileName = fileName(part);
    boolean attachment = fileName != null || Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
    if (type.startsWith("multipart/")) {
      Multipart multipart = multipart(part);
      if (multipart != null) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          collect(child, body, depth + 1);
        }
        return;
      }
    }
    if (!attachment && type.equals("text/plain") && body.text == null) {
      body.text = text(part);
    } else if (!attachment && type.equals("text/html") && body.html == null) {
      body.html = text(part);
    } else if (attachment || !type.startsWith("text/")) {
      byte[] bytes = bytes(part);
      if (bytes.length > 0) {
        String name = fileName != null ? fileName : "attachment" + (type.equals("message/rfc822") ? ".eml" : "");
        body.attachments.add(new IncomingAttachment(name, bytes));
      }
    }
  }

  private static Multipart multipart(Part part) {
    try {
      return part.getContent() instanceof Multipart m ? m : null;
    } catch (MessagingException | IOException e) {
      // A multipart without a usable boundary: treat its bytes as the body text.
      return null;
    }
  }

  private static String baseType(Part part) {
    try {
      return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException | RuntimeException e) {
      return "text/plain";
    }
  }

  private static String charset(Part part) {
    try {
      return new ContentType(part.getContentType()).getParameter("charset");
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static String disposition(Part part) {
    try {
      return part.getDisposition();
    } catch (MessagingException e) {
      return null;
    }
  }

  private static String fileName(Part part) {
    try {
      String name = part.getFileName();
      return name == null || name.isBlank() ? null : decodeHeader(name);
    } catch (MessagingException e) {
      return null;
    }
  }

  private static byte[] bytes(Part part) {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException | MessagingException e) {
      // A broken transfer encoding: keep the undecoded bytes rather than lose the part.
      return raw(part);
    }
  }

  private static byte[] raw(Part part) {
    try {
      InputStream in = part instanceof MimeMessage m ? m.getRawInputStream() : part instanceof MimeBodyPart b ? b.getRawInputStream() : null;
      if (in == null) {
        return new byte[0];
      }
      try (in) {
        return in.readAllBytes();
      }
    } catch (IOException | MessagingException e) {
      return new byte[0];
    }
  }

  private static String text(Part part) {
    return decode(bytes(part), charset(part));
  }

  /**
   * Bytes in the named character set, or the best fallback when the name is missing, unknown or wrong. Text
   * labelled ASCII or Western (Latin-1, Windows-1252) that is valid UTF-8 is read as UTF-8: multi-byte UTF-8
   * sequences practically never occur in real Western text, while mailers that label UTF-8 as Latin-1 are common.
   */
  static String decode(byte[] bytes, String charsetName) {
    Charset named = lookup(charsetName);
    if (named == null || named.equals(FALLBACK) || named.equals(StandardCharsets.US_ASCII)) {
      String utf8 = strictly(bytes, StandardCharsets.UTF_8);
      if (utf8 != null) {
        return utf8;
      }
    }
    if (named != null) {
      String strict = strictly(bytes, named);
      if (strict != null) {
        return strict;
      }
    }
    String utf8 = strictly(bytes, StandardCharsets.UTF_8);
    return utf8 != null ? utf8 : new String(bytes, named != null && !named.equals(StandardCharsets.US_ASCII) ? named : FALLBACK);
  }

  private static Charset lookup(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      String java = MimeUtility.javaCharset(name.strip().replace("\"", ""));
      // Mail labelled Latin-1 is usually Windows-1252, whose extra characters (quotes, dashes, euro) Latin-1 lacks.
      Charset charset = Charset.forName(java);
      return charset.equals(StandardCharsets.ISO_8859_1) ? FALLBACK : charset;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String strictly(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** RFC 2047 encoded words decoded; raw 8-bit header bytes (read as Latin-1 by Jakarta Mail) re-read as UTF-8 when they are. */
  static String decodeHeader(String value) {
    if (value == null) {
      return null;
    }
    String unfolded = MimeUtility.unfold(value);
    String decoded;
    try {
      decoded = MimeUtility.decodeText(unfolded);
    } catch (IOException | RuntimeException e) {
      decoded = unfolded;
    }
    if (decoded.chars().anyMatch(c -> c >= 0x80 && c <= 0xFF) && decoded.chars().allMatch(c -> c <= 0xFF)) {
      return decode(decoded.getBytes(StandardCharsets.ISO_8859_1), null);
    }
    return decoded;
  }

  private static String[] sender(MimeMessage message) throws MessagingException {
    for (String header : new String[] {"From", "Sender", "Reply-To", "Return-Path"}) {
      String value = message.getHeader(header, ",");
      if (value == null) {
        continue;
      }
      try {
        for (Address address : InternetAddress.parseHeader(value, false)) {
          if (address instanceof InternetAddress internet && internet.getAddress() != null && internet.getAddress().contains("@")) {
            String name = internet.getPersonal();
            return new String[] {internet.getAddress().strip().toLowerCase(Locale.ROOT), name == null ? null : decodeHeader(name).strip()};
          }
        }
      } catch (MessagingException | RuntimeException e) {
        // Try the next header.
      }
    }
    return new String[] {null, null};
  }

  private static String messageId(MimeMessage message, byte[] raw) throws MessagingException {
    String header = message.getHeader("Message-ID", null);
    if (header != null) {
      Matcher m = MESSAGE_ID.matcher(header);
      if (m.find() && m.group().length() <= MailReceipt.MESSAGE_ID_MAX_LENGTH) {
        return m.group();
      }
      String bare = header.strip();
      if (!bare.isEmpty() && bare.length() + 2 <= MailReceipt.MESSAGE_ID_MAX_LENGTH) {
        return "<" + bare + ">";
      }
    }
    return "<sha256-" + sha256(raw) + "@portal.invalid>";
  }

  private static List<String> references(MimeMessage message) throws MessagingException {
    Set<String> ids = new LinkedHashSet<>();
    for (String header : new String[] {"References", "In-Reply-To"}) {
      String value = message.getHeader(header, " ");
      if (value != null) {
        Matcher m = MESSAGE_ID.matcher(value);
        while (m.find()) {
          if (m.group().length() <= MailReceipt.MESSAGE_ID_MAX_LENGTH) {
            ids.add(m.group());
          }
        }
      }
    }
    return List.copyOf(ids);
  }

  private static String sha256(byte[] raw) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
