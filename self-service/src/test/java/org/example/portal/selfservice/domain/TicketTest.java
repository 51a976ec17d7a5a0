package org.example.portal.selfservice.domain;

import static org.example.portal.selfservice.domain.Tickets.AGENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class TicketTest {

  private static final BusinessCalendar OFFICE = BusinessCalendar.parse("Europe/Berlin", "MON-FRI 09:00-17:00", "");
  private static final Duration REOPEN = Duration.ofDays(7);

  private static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Berlin")).toInstant();
  }

  private static final Instant MONDAY_10 = berlin("2026-11-02T10:00");

  @Test
  void aNewTicketIsNewWithTargetsCountedInBusinessHours() {
    Ticket ticket = Tickets.open(OFFICE, berlin("2026-11-06T16:30"));

    assertEquals(TicketStatus.NEW, ticket.getStatus());
    assertEquals("T-1042", ticket.number().toString());
    assertEquals(berlin("2026-11-09T09:30"), ticket.getFirstResponseDue());
    assertEquals(berlin("2026-11-09T16:30"), ticket.getResolutionDue());
  }

  @Test
  void aPublicReplyIsTheFirstResponseAndWaitsOnTheCustomer() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);

    ticket.staffWrites(AGENT, "Which printer model?", Visibility.PUBLIC, null, Channel.WEB, OFFICE, MONDAY_10.plusSeconds(1800));

    assertEquals(TicketStatus.PENDING_CUSTOMER, ticket.getStatus());
    assertEquals(MONDAY_10.plusSeconds(1800), ticket.getFirstResponseAt());
    assertFalse(ticket.isFirstResponseBreached(MONDAY_10.plus(Duration.ofDays(3))));
    assertEquals(SlaState.PAUSED, ticket.slaState(OFFICE, MONDAY_10.plus(Duration.ofDays(3))));
  }

  @Test
  void anInternalNoteNeitherAnswersNorChangesTheStatusAndTheCustomerNeverSeesIt() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);

    ticket.staffWrites(AGENT, "Looks like the driver bug, see the tracker", Visibility.INTERNAL, TicketStatus.SOLVED, Channel.WEB, OFFICE, MONDAY_10.plusSeconds(60));
    ticket.staffWrites(AGENT, "Please update the driver.", Visibility.PUBLIC, TicketStatus.OPEN, Channel.WEB, OFFICE, MONDAY_10.plusSeconds(120));

    assertEquals(TicketStatus.OPEN, ticket.getStatus());
    assertEquals(MONDAY_10.plusSeconds(120), ticket.getFirstResponseAt());
    assertEquals(2, ticket.conversationFor(true).size());
    assertEquals(List.of("Please update the driver."), ticket.conversationFor(false).stream().map(TicketMessage::getBody).toList());
  }

  @Test
  void waitingOnTheCustomerStopsTheResolutionClockAndTheirAnswerRestartsItWithTheTimeLeft() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);
    // Two business hours pass, then support asks a question on Monday at noon.
    ticket.staffWrites(AGENT, "Which model?", Visibility.PUBLIC, null, Channel.WEB, OFFICE, berlin("2026-11-02T12:00"));
    assertNull(ticket.getResolutionDue());

    // The customer answers on Wednesday at 15:00: six of eight business hours are left.
    ticket.customerWrites("An LP-200.", Channel.WEB, REOPEN, OFFICE, berlin("2026-11-04T15:00"));

    assertEquals(TicketStatus.OPEN, ticket.getStatus());
    assertEquals(Duration.ofHours(2), ticket.getResolution().used(OFFICE, berlin("2026-11-04T15:00")));
    assertEquals(berlin("2026-11-05T13:00"), ticket.getResolutionDue());
  }

  @Test
  void aTicketPastItsResolutionTargetIsBreachedAndStaysSoWhenSolvedLate() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);
    ticket.staffWrites(AGENT, "Checking.", Visibility.PUBLIC, TicketStatus.OPEN, Channel.WEB, OFFICE, MONDAY_10.plusSeconds(600));

    assertEquals(SlaState.ON_TRACK, ticket.slaState(OFFICE, berlin("2026-11-02T12:00")));
    assertEquals(SlaState.AT_RISK, ticket.slaState(OFFICE, berlin("2026-11-03T09:30")));
    assertEquals(SlaState.BREACHED, ticket.slaState(OFFICE, berlin("2026-11-03T10:01")));

    ticket.changeStatus(TicketStatus.SOLVED, OFFICE, berlin("2026-11-03T11:00"));
    assertTrue(ticket.getResolutionBreached());
    assertEquals(SlaState.BREACHED, ticket.slaState(OFFICE, berlin("2026-11-10T11:00")));
  }

  @Test
  void aMissedFirstResponseIsABreachEvenIfTheResolutionIsOnTime() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);

    assertEquals(SlaState.AT_RISK, ticket.slaState(OFFICE, MONDAY_10.plusSeconds(600)));
    assertEquals(SlaState.BREACHED, ticket.slaState(OFFICE, MONDAY_10.plus(Duration.ofMinutes(61))));
    ticket.staffWrites(AGENT, "Sorry for the wait.", Visibility.PUBLIC, TicketStatus.SOLVED, Channel.WEB, OFFICE, MONDAY_10.plus(Duration.ofMinutes(90)));
    assertTrue(ticket.isFirstResponseBreached(MONDAY_10.plus(Duration.ofDays(1))));
    assertFalse(ticket.getResolutionBreached());
  }

  @Test
  void solvedTicketsWithinTargetHaveMetTheirService() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);
    ticket.staffWrites(AGENT, "Fixed.", Visibility.PUBLIC, TicketStatus.SOLVED, Channel.WEB, OFFICE, MONDAY_10.plusSeconds(600));

    assertEquals(SlaState.MET, ticket.slaState(OFFICE, MONDAY_10.plus(Duration.ofDays(30))));
  }

  @Test
  void theCustomerReopensASolvedTicketByAnsweringWithinTheReopenPeriod() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);
    ticket.staffWrites(AGENT, "Fixed.", Visibility.PUBLIC, TicketStatus.SOLVED, Channel.WEB, OFFICE, MONDAY_10.plusSeconds(600));

    ticket.customerWrites("Still blank.", Channel.EMAIL, REOPEN, OFFICE, MONDAY_10.plus(Duration.ofDays(6)));

    assertEquals(TicketStatus.OPEN, ticket.getStatus());
    assertNull(ticket.getSolvedAt());
    assertTrue(ticket.getResolution().isRunning());
  }

  @Test
  void afterTheReopenPeriodASolvedTicketTakesNoAnswerAndClosesItself() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);
    ticket.staffWrites(AGENT, "Fixed.", Visibility.PUBLIC, TicketStatus.SOLVED, Channel.WEB, OFFICE, MONDAY_10);
    Instant late = MONDAY_10.plus(Duration.ofDays(8));

    assertThrows(TicketStateException.class, () -> ticket.customerWrites("Again", Channel.WEB, REOPEN, OFFICE, late));
    assertFalse(ticket.closeIfSettled(REOPEN, MONDAY_10.plus(Duration.ofDays(6))));
    assertTrue(ticket.closeIfSettled(REOPEN, late));
    assertEquals(TicketStatus.CLOSED, ticket.getStatus());
    assertThrows(TicketStateException.class, () -> ticket.customerWrites("Again", Channel.WEB, REOPEN, OFFICE, late));
    assertThrows(TicketStateException.class, () -> ticket.changeStatus(TicketStatus.OPEN, OFFICE, late));
  }

  @Test
  void writingToTheCustomerAboutASolvedTicketTakesItUpAgain() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);
    ticket.staffWrites(AGENT, "Fixed.", Visibility.PUBLIC, TicketStatus.SOLVED, Channel.WEB, OFFICE, MONDAY_10.plusSeconds(60));

    ticket.staffWrites(AGENT, "One more thing: please restart it.", Visibility.PUBLIC, null, Channel.WEB, OFFICE, MONDAY_10.plusSeconds(120));

    assertEquals(TicketStatus.PENDING_CUSTOMER, ticket.getStatus());
    assertNull(ticket.getSolvedAt());
    assertThrows(TicketStateException.class,
        () -> ticket.staffWrites(AGENT, "Back to new?", Visibility.PUBLIC, TicketStatus.NEW, Channel.WEB, OFFICE, MONDAY_10.plusSeconds(180)));
  }

  @Test
  void statusesMoveOnlyAlongTheAllowedSteps() {
    assertTrue(TicketStatus.NEW.canMoveTo(TicketStatus.OPEN));
    assertTrue(TicketStatus.PENDING_CUSTOMER.canMoveTo(TicketStatus.OPEN));
    assertTrue(TicketStatus.SOLVED.canMoveTo(TicketStatus.CLOSED));
    assertTrue(TicketStatus.SOLVED.canMoveTo(TicketStatus.OPEN));
    assertFalse(TicketStatus.NEW.canMoveTo(TicketStatus.CLOSED));
    assertFalse(TicketStatus.OPEN.canMoveTo(TicketStatus.NEW));
    for (TicketStatus next : TicketStatus.values()) {
      assertFalse(TicketStatus.CLOSED.canMoveTo(next));
    }
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);
    TicketStateException e = assertThrows(TicketStateException.class, () -> ticket.changeStatus(TicketStatus.CLOSED, OFFICE, MONDAY_10));
    assertEquals("Ticket T-1042 is new: it cannot become closed.", e.getMessage());
  }

  @Test
  void aStaleVersionIsRefusedWithAMessageThatSaysWhatToDo() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);

    ticket.expectVersion(0L);
    ticket.expectVersion(null);
    TicketChangedException e = assertThrows(TicketChangedException.class, () -> ticket.expectVersion(3L));
    assertTrue(e.getMessage().contains("T-1042 was changed by someone else"), e.getMessage());
    assertTrue(e.getMessage().contains("Reload the ticket"), e.getMessage());
  }

  @Test
  void aHigherPriorityShortensTheTargetsAndCountsTheTimeAlreadyUsed() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);

    ticket.changePriority(Priority.URGENT, SlaTargets.ofMinutes(30, 240), OFFICE, berlin("2026-11-02T11:00"));

    assertEquals(Priority.URGENT, ticket.getPriority());
    assertEquals(berlin("2026-11-02T10:30"), ticket.getFirstResponseDue());
    assertEquals(berlin("2026-11-02T14:00"), ticket.getResolutionDue());
  }

  @Test
  void customersRateOnlyOnceSolvedAndMayChangeTheirMind() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);
    assertThrows(TicketStateException.class, () -> ticket.rate(true, null, MONDAY_10));

    ticket.changeStatus(TicketStatus.SOLVED, OFFICE, MONDAY_10.plusSeconds(60));
    ticket.rate(false, "  Took long  ", MONDAY_10.plusSeconds(120));
    assertEquals(Boolean.FALSE, ticket.getRatingSatisfied());
    assertEquals("Took long", ticket.getRatingComment());
    ticket.rate(true, "", MONDAY_10.plusSeconds(180));
    assertEquals(Boolean.TRUE, ticket.getRatingSatisfied());
    assertNull(ticket.getRatingComment());
  }

  @Test
  void mergingClosesTheDuplicateAndKeepsWhatTheCustomerWroteOnTheTarget() {
    Ticket target = Tickets.open(OFFICE, MONDAY_10);
    Ticket duplicate = Tickets.withId(new Ticket(Tickets.CUSTOMER, Tier.STANDARD, 3L, "Blank pages again", "Same problem.", Priority.NORMAL, Channel.EMAIL, Tickets.TARGETS, OFFICE, MONDAY_10), 1043);

    duplicate.mergeInto(target, AGENT, OFFICE, MONDAY_10.plusSeconds(60));

    assertEquals(TicketStatus.CLOSED, duplicate.getStatus());
    assertEquals(1042L, duplicate.getMergedIntoId());
    assertTrue(target.conversationFor(true).get(0).getBody().contains("Same problem."));
    assertTrue(target.conversationFor(false).isEmpty());
    Ticket other = Tickets.withId(new Ticket(99, Tier.STANDARD, 3L, "x", "y", Priority.NORMAL, Channel.WEB, Tickets.TARGETS, OFFICE, MONDAY_10), 1044);
    assertThrows(InvalidInputException.class, () -> other.mergeInto(target, AGENT, OFFICE, MONDAY_10));
  }

  @Test
  void emptyMessagesAreRefused() {
    Ticket ticket = Tickets.open(OFFICE, MONDAY_10);
    assertThrows(InvalidInputException.class, () -> ticket.customerWrites("  ", Channel.WEB, REOPEN, OFFICE, MONDAY_10));
  }
}
