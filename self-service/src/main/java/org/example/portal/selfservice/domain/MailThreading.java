package org.example.portal.selfservice.domain;

import java.util.List;
import java.util.Optional;

/**
 * Decides what an incoming e-mail is: a message already taken in, a reply to an existing ticket, or a new
 * ticket. A reply is recognised only by evidence, never by guessing from subjects or senders:
 *
 * <ul>
 *   <li>its References or In-Reply-To name a message the portal took in or sent for a ticket: whoever has those ids
 *       was on the thread, so the reply counts whoever sends it;
 *   <li>or its subject carries the ticket's tag, such as {@code [T-1042]}, which the portal's notifications
 *       carry: anyone can type a tag, so it counts only from the ticket's customer or from staff.
 * </ul>
 *
 * A reply to a ticket that no longer takes messages (closed, or solved longer ago than the reopen period)
 * becomes a new ticket that refers to the old one.
 */
public final class MailThreading {

  /** What the decision needs to know about tickets and earlier mail. */
  public interface Lookup {
    boolean alreadyReceived(String messageId);

    /** The ticket of the most recent of these messages the portal took in, if any. */
    Optional<Long> ticketOfMessages(List<String> messageIds);

    /** The ticket with this number, if it exists. */
    Optional<Long> ticket(TicketNumber number);

    /** Whether this address is the ticket's customer or a staff member. */
    boolean isCustomerOrStaff(long ticketId, String address);

    boolean acceptsMessages(long ticketId);
  }

  /** The outcome for one mail. */
  public sealed interface Decision {}

  /** The Message-ID was taken in before: nothing to do. */
  public record Duplicate() implements Decision {}

  public record Reply(long ticketId) implements Decision {}

  /** @param followUpOf the ticket this mail answered, which takes no messages any more; null if none */
  public record NewTicket(Long followUpOf) implements Decision {}

  private MailThreading() {}

  public static Decision decide(IncomingMail mail, Lookup lookup) {
    if (lookup.alreadyReceived(mail.messageId())) {
      return new Duplicate();
    }
    Optional<Long> ticket = lookup.ticketOfMessages(mail.references());
    if (ticket.isEmpty()) {
      ticket = TicketNumber.inSubject(mail.subject()).flatMap(lookup::ticket).filter(id -> lookup.isCustomerOrStaff(id, mail.fromAddress()));
    }
    if (ticket.isEmpty()) {
      return new NewTicket(null);
    }
    return lookup.acceptsMessages(ticket.get()) ? new Reply(ticket.get()) : new NewTicket(ticket.get());
  }
}
