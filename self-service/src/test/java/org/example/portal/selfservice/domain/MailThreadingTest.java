package org.example.portal.selfservice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailThreadingTest {

  /** Ticket 1042 belongs to ada@example.com; message <first@x> opened it. */
  private static final class Store implements MailThreading.Lookup {
    final Map<String, Long> received = new HashMap<>(Map.of("<first@x>", 1042L));
    final Set<Long> closed = new HashSet<>();

    @Override
    public boolean alreadyReceived(String messageId) {
      return received.containsKey(messageId);
    }

    @Override
    public Optional<Long> ticketOfMessages(List<String> messageIds) {
      return messageIds.stream().map(received::get).filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public Optional<Long> ticket(TicketNumber number) {
      return number.value() == 1042 ? Optional.of(1042L) : Optional.empty();
    }

    @Override
    public boolean isCustomerOrStaff(long ticketId, String address) {
      return "ada@example.com".equals(address) || "agent@portal.example".equals(address);
    }

    @Override
    public boolean acceptsMessages(long ticketId) {
      return !closed.contains(ticketId);
    }
  }

  private static IncomingMail mail(String id, String from, String subject, String... references) {
    return new IncomingMail(id, List.of(references), from, null, subject, "text", List.of());
  }

  @Test
  void theSameMessageIdIsNeverTakenTwice() {
    assertInstanceOf(MailThreading.Duplicate.class, MailThreading.decide(mail("<first@x>", "ada@example.com", "Printer"), new Store()));
  }

  @Test
  void aReplyReferringToAMessageOfTheThreadCountsFromWhoeverSendsIt() {
    MailThreading.Decision d = MailThreading.decide(mail("<2@x>", "colleague@example.com", "Re: Printer", "<first@x>"), new Store());
    assertEquals(new MailThreading.Reply(1042), d);
  }

  @Test
  void theSubjectTagCountsOnlyFromTheCustomerOrStaff() {
    Store store = new Store();
    assertEquals(new MailThreading.Reply(1042), MailThreading.decide(mail("<3@x>", "ada@example.com", "Re: [T-1042] Printer"), store));
    assertEquals(new MailThreading.Reply(1042), MailThreading.decide(mail("<4@x>", "agent@portal.example", "[T-1042] Printer"), store));
    assertEquals(new MailThreading.NewTicket(null), MailThreading.decide(mail("<5@x>", "stranger@example.com", "Re: [T-1042] Printer"), store));
  }

  @Test
  void withoutEvidenceAMailIsANewTicketEvenIfTheSubjectLooksFamiliar() {
    assertEquals(new MailThreading.NewTicket(null), MailThreading.decide(mail("<6@x>", "ada@example.com", "Re: Printer prints blank pages", "<unknown@y>"), new Store()));
    assertEquals(new MailThreading.NewTicket(null), MailThreading.decide(mail("<7@x>", "ada@example.com", "About T-1042"), new Store()));
  }

  @Test
  void anAnswerToAClosedTicketOpensAFollowUp() {
    Store store = new Store();
    store.closed.add(1042L);
    assertEquals(new MailThreading.NewTicket(1042L), MailThreading.decide(mail("<8@x>", "ada@example.com", "Re: [T-1042] Printer", "<first@x>"), store));
  }
}
