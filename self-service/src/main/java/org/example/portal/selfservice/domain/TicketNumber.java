package org.example.portal.selfservice.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number people quote for a ticket, such as {@code T-1042}. E-mail subjects carry it in brackets
 * ({@code [T-1042]}), which is how a reply finds its ticket: only the bracketed form counts, so a ticket
 * number mentioned in passing never attaches a mail to the wrong ticket.
 */
public record TicketNumber(long value) {

  private static final String PREFIX = "T-";
  private static final Pattern IN_SUBJECT = Pattern.compile("\\[T-(\\d{1,18})]", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLAIN = Pattern.compile("#?T-?(\\d{1,18})|#?(\\d{1,18})", Pattern.CASE_INSENSITIVE);

  public TicketNumber {
    if (value <= 0) {
      throw new IllegalArgumentException("Ticket numbers are positive: " + value);
    }
  }

  /** A number as someone may type it into a search box: {@code T-12}, {@code t12}, {@code #12} or {@code 12}. */
  public static Optional<TicketNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = PLAIN.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    long value = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
    return value > 0 ? Optional.of(new TicketNumber(value)) : Optional.empty();
  }

  /** The ticket an e-mail subject refers to with {@code [T-n]}; the last one wins, as replies prepend. */
  public static Optional<TicketNumber> inSubject(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    Matcher m = IN_SUBJECT.matcher(subject);
    TicketNumber found = null;
    while (m.find()) {
      long value = Long.parseLong(m.group(1));
      if (value > 0) {
        found = new TicketNumber(value);
      }
    }
    return Optional.ofNullable(found);
  }

  /** The form for e-mail subjects. */
  public String tag() {
    return "[" + this + "]";
  }

  @Override
  public String toString() {
    return PREFIX + value;
  }
}
