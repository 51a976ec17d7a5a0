package org.example.portal.selfservice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.PortalException;
import org.example.portal.selfservice.domain.AttachmentPolicy;
import org.example.portal.selfservice.domain.Channel;
import org.example.portal.selfservice.domain.IncomingMail;
import org.example.portal.selfservice.domain.MailReceipt;
import org.example.portal.selfservice.domain.MailThreading;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.Ticket;
import org.example.portal.selfservice.domain.TicketMessage;
import org.example.portal.selfservice.domain.TicketNumber;
import org.example.portal.selfservice.domain.TicketStatus;
import org.example.portal.selfservice.domain.Visibility;

/**
 * Takes in one e-mail per transaction: a new ticket or a reply on an existing one, decided by
 * {@link MailThreading}, with its attachments, and its Message-ID recorded so the same mail is never taken
 * twice. A sender without an account gets a customer account without a password (they can set one with
 * "forgot password"), so the ticket has an owner who can follow it on the web too.
 */
@ApplicationScoped
@Transactional
public class TicketMailbox {

  /** What happened to one mail. */
  public enum Outcome {
    TICKET,
    REPLY,
    DUPLICATE
  }

  @PersistenceContext EntityManager em;
  @Inject TicketService tickets;
  @Inject Accounts accounts;
  @Inject SupportSettings settings;

  Clock clock = Clock.systemUTC();

  public Outcome receive(IncomingMail mail, boolean notify) {
    MailThreading.Decision decision = MailThreading.decide(mail, new JpaLookup());
    if (decision instanceof MailThreading.Duplicate) {
      return Outcome.DUPLICATE;
    }
    if (mail.fromAddress() == null || mail.fromAddress().length() > Account.EMAIL_MAX_LENGTH) {
      throw new InvalidInputException("from", "The mail " + mail.messageId() + " has no usable sender address.");
    }
    Account sender = accounts.findByEmail(mail.fromAddress()).orElseGet(() -> register(mail));
    Instant now = clock.instant();
    List<String> skipped = new ArrayList<>();
    List<Accepted> files = accepted(mail, skipped);
    String text = text(mail, skipped);
    Ticket ticket;
    Long messageId = null;
    boolean opened;
    if (decision instanceof MailThreading.Reply reply) {
      ticket = tickets.ticket(reply.ticketId());
      TicketStatus before = ticket.getStatus();
      TicketMessage message =
          sender.isStaff()
              ? ticket.staffWrites(sender.getId(), text, Visibility.PUBLIC, null, Channel.EMAIL, settings.calendar(), now)
              : ticket.participantWrites(sender.getId(), text, Channel.EMAIL, settings.reopenWithin(), settings.calendar(), now);
      em.flush();
      messageId = message.getId();
      if (notify && sender.isStaff()) {
        tickets.mailCustomer(ticket, "tickets.mail.reply", ticket.getSubject(), message.getBody(), tickets.link(ticket));
      }
      tickets.committed(ticket, before, sender.getId(), false);
      opened = false;
    } else {
      Long followUpOf = ((MailThreading.NewTicket) decision).followUpOf();
      String description = followUpOf == null ? text : "Follow-up to " + new TicketNumber(followUpOf) + ".\n\n" + text;
      ticket = tickets.open(sender, subject(mail), cut(description, Ticket.DESCRIPTION_MAX_LENGTH), null, Priority.NORMAL, Channel.EMAIL, notify);
      opened = true;
    }
    for (Accepted file : files) {
      tickets.store(ticket.getId(), messageId, sender.getId(), false, file.name(), file.type(), file.content());
    }
    em.persist(new MailReceipt(mail.messageId(), ticket.getId(), opened, now));
    em.flush();
    return opened ? Outcome.TICKET : Outcome.REPLY;
  }

  private record Accepted(String name, String type, byte[] content) {}

  private List<Accepted> accepted(IncomingMail mail, List<String> skipped) {
    AttachmentPolicy policy = settings.attachments();
    List<Accepted> files = new ArrayList<>();
    for (IncomingMail.IncomingAttachment a : mail.attachments()) {
      try {
        files.add(new Accepted(a.fileName(), policy.check(a.fileName(), a.content()), a.content()));
      } catch (PortalException e) {
        skipped.add(e.getMessage());
      }
    }
    return files;
  }

  private static String text(IncomingMail mail, List<String> skipped) {
    StringBuilder text = new StringBuilder(mail.text().isBlank() ? "(The e-mail had no text.)" : mail.text());
    // Staff see why a file is missing instead of wondering; the sender's files are not silently dropped.
    skipped.forEach(s -> text.append("\n\n[Attachment not accepted: ").append(s).append(']'));
    return cut(text.toString(), TicketMessage.BODY_MAX_LENGTH);
  }

  private static String subject(IncomingMail mail) {
    String subject = mail.subject().replaceAll("\\s+", " ").strip();
    return cut(subject.isEmpty() ? "(no subject)" : subject, Ticket.SUBJECT_MAX_LENGTH);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private Account register(IncomingMail mail) {
    String name = mail.fromName() == null || mail.fromName().isBlank() ? mail.fromAddress().substring(0, mail.fromAddress().indexOf('@')) : mail.fromName();
    Account account = new Account(mail.fromAddress(), cut(name, Account.DISPLAY_NAME_MAX_LENGTH), EnumSet.of(Role.CUSTOMER), clock.instant());
    accounts.add(account);
    return account;
  }

  /** The decision's view of the database. */
  private final class JpaLookup implements MailThreading.Lookup {

    @Override
    public boolean alreadyReceived(String messageId) {
      return em.find(MailReceipt.class, messageId) != null;
    }

    @Override
    public Optional<Long> ticketOfMessages(List<String> messageIds) {
      if (messageIds.isEmpty()) {
        return Optional.empty();
      }
      return em.createNamedQuery("MailReceipt.ticketOf", Long.class).setParameter("ids", messageIds).getResultStream().max(Long::compare);
    }

    @Override
    public Optional<Long> ticket(TicketNumber number) {
      return Optional.ofNullable(em.find(Ticket.class, number.value())).map(Ticket::getId);
    }

    @Override
    public boolean isCustomerOrStaff(long ticketId, String address) {
      return accounts.findByEmail(address).map(a -> a.isStaff() || a.getId() == tickets.ticket(ticketId).getCustomerId()).orElse(false);
    }

    @Override
    public boolean acceptsMessages(long ticketId) {
      return tickets.ticket(ticketId).acceptsCustomerMessages(settings.reopenWithin(), clock.instant());
    }
  }
}
