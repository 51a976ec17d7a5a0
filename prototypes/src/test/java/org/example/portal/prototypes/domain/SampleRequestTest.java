package org.example.portal.prototypes.domain;

import static org.example.portal.prototypes.domain.Programs.NOW;
import static org.example.portal.prototypes.domain.Programs.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class SampleRequestTest {

  private static final long CUSTOMER = 100L;
  private static final long STAFF = 5L;

  private static SampleRequest delivered(SampleProgram program) {
    SampleRequest request = new SampleRequest(program, CUSTOMER, Tier.GOLD, program.getTermsVersion(), "I run daily", NOW);
    request.approve(STAFF, NOW);
    request.ship(STAFF, "DHL", "JD0001", NOW, NOW);
    request.deliver(program, STAFF, NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(2)));
    return request;
  }

  @Test
  void anApplicationRecordsTheAcceptedTermsVersionAndTime() {
    SampleProgram program = program(null);
    SampleRequest request = new SampleRequest(program, CUSTOMER, Tier.GOLD, 1, null, NOW);

    assertEquals(RequestState.APPLIED, request.getState());
    assertEquals(1, request.getTermsVersion());
    assertEquals(NOW, request.getTermsAcceptedAt());
    assertEquals(1, request.getHistory().size());
  }

  @Test
  void acceptingTermsThatChangedSinceIsRefused() {
    SampleProgram program = program(null);
    program.setTerms("Do not resell the sample. Return it on request.");

    ConflictException e = assertThrows(ConflictException.class, () -> new SampleRequest(program, CUSTOMER, Tier.GOLD, 1, null, NOW));
    assertTrue(e.getMessage().contains("version 2"), e.getMessage());
  }

  @Test
  void savingTheSameTermsKeepsTheirVersion() {
    SampleProgram program = program(null);
    program.setTerms("  Do not resell the sample. ");
    assertEquals(1, program.getTermsVersion());
  }

  @Test
  void aRequestGoesFromAppliedThroughShippingToFeedbackReceived() {
    SampleProgram program = program(null);
    SampleRequest request = delivered(program);

    assertEquals(RequestState.DELIVERED, request.getState());
    assertEquals(1, request.getFeedbackRound());
    assertEquals(NOW.plus(Duration.ofDays(16)), request.getFeedbackDueAt());

    request.markDue(NOW.plus(Duration.ofDays(14)));
    assertEquals(RequestState.FEEDBACK_DUE, request.getState());

    request.feedbackReceived(program, NOW.plus(Duration.ofDays(15)));
    assertEquals(RequestState.FEEDBACK_RECEIVED, request.getState());
    assertNull(request.getFeedbackDueAt());
    assertEquals(
        List.of(RequestState.APPLIED, RequestState.APPROVED, RequestState.SHIPPED, RequestState.DELIVERED, RequestState.FEEDBACK_DUE, RequestState.FEEDBACK_RECEIVED),
        request.getHistory().stream().map(RequestHistoryEntry::getTo).toList());
  }

  @Test
  void aSecondRoundOpensWhenTheFirstIsReceived() {
    SampleProgram program = program(60);
    SampleRequest request = delivered(program);

    request.feedbackReceived(program, NOW.plus(Duration.ofDays(10)));

    assertEquals(RequestState.FEEDBACK_DUE, request.getState());
    assertEquals(2, request.getFeedbackRound());
    assertEquals(NOW.plus(Duration.ofDays(62)), request.getFeedbackDueAt());
    request.feedbackReceived(program, NOW.plus(Duration.ofDays(50)));
    assertEquals(RequestState.FEEDBACK_RECEIVED, request.getState());
  }

  @Test
  void aLateFirstRoundStillLeavesAFullDuePeriodForTheSecond() {
    SampleProgram program = program(20);
    SampleRequest request = delivered(program);
    Instant late = NOW.plus(Duration.ofDays(30));
    request.markOverdueIfLate(late);

    request.feedbackReceived(program, late);

    assertEquals(late.plus(Duration.ofDays(14)), request.getFeedbackDueAt());
  }

  @Test
  void feedbackBecomesOverdueOnlyAfterTheDueDate() {
    SampleProgram program = program(null);
    SampleRequest request = delivered(program);

    assertFalse(request.markOverdueIfLate(request.getFeedbackDueAt().minusSeconds(1)));
    assertTrue(request.markOverdueIfLate(request.getFeedbackDueAt()));
    assertEquals(RequestState.OVERDUE, request.getState());
    assertFalse(request.markOverdueIfLate(request.getFeedbackDueAt().plusSeconds(60)), "once is enough");

    request.feedbackReceived(program, request.getFeedbackDueAt().plus(Duration.ofDays(3)));
    assertEquals(RequestState.FEEDBACK_RECEIVED, request.getState());
  }

  @Test
  void onlyAppliedRequestsAreDecidedAndOnlyApprovedOnesShipped() {
    SampleProgram program = program(null);
    SampleRequest request = new SampleRequest(program, CUSTOMER, Tier.GOLD, 1, null, NOW);

    assertThrows(ConflictException.class, () -> request.ship(STAFF, "DHL", "1", NOW, NOW));
    assertThrows(InvalidInputException.class, () -> request.decline(STAFF, " ", NOW));
    request.decline(STAFF, "Out of units for your region", NOW);

    assertEquals(RequestState.DECLINED, request.getState());
    assertEquals("Out of units for your region", request.getDeclineReason());
    assertThrows(ConflictException.class, () -> request.approve(STAFF, NOW));
    assertThrows(ConflictException.class, () -> request.feedbackReceived(program, NOW));
  }

  @Test
  void correctingATrackingNumberKeepsTheRequestShipped() {
    SampleProgram program = program(null);
    SampleRequest request = new SampleRequest(program, CUSTOMER, Tier.GOLD, 1, null, NOW);
    request.approve(null, NOW);
    request.ship(STAFF, "DHL", "JD0001", NOW, NOW);

    request.ship(STAFF, "DHL", "JD0002", NOW, NOW);

    assertEquals("JD0002", request.getTrackingNumber());
    assertEquals(3, request.getHistory().size());
  }

  @Test
  void deliveryCannotPrecedeShippingOrLieInTheFuture() {
    SampleProgram program = program(null);
    SampleRequest request = new SampleRequest(program, CUSTOMER, Tier.GOLD, 1, null, NOW);
    request.approve(null, NOW);
    request.ship(STAFF, "DHL", "JD0001", NOW, NOW);

    assertThrows(InvalidInputException.class, () -> request.deliver(program, STAFF, NOW.minusSeconds(3600), NOW));
    assertThrows(InvalidInputException.class, () -> request.deliver(program, STAFF, NOW.plusSeconds(3600), NOW));
  }

  @Test
  void remindersMakeFeedbackDueThenOverdueAndEachIsSentOnce() {
    SampleProgram program = program(null);
    SampleRequest request = delivered(program);
    Instant due = request.getFeedbackDueAt();

    assertEquals(Optional.empty(), request.pendingReminder(program, due.minus(Duration.ofDays(5))));
    Instant soon = due.minus(Duration.ofDays(2));
    request.remind(request.pendingReminder(program, soon).orElseThrow(), soon);
    assertEquals(RequestState.FEEDBACK_DUE, request.getState());
    assertEquals(Optional.empty(), request.pendingReminder(program, soon.plusSeconds(60)));

    Instant late = due.plusSeconds(60);
    assertEquals(Optional.of(ReminderKind.OVERDUE), request.pendingReminder(program, late));
    request.remind(ReminderKind.OVERDUE, late);
    assertEquals(RequestState.OVERDUE, request.getState());
    assertEquals(late, request.getRemindedDueAt(), "the skipped due-day reminder is never sent afterwards");
    assertEquals(Optional.empty(), request.pendingReminder(program, late.plus(Duration.ofDays(9))));
  }

  @Test
  void aNewRoundGetsItsOwnReminders() {
    SampleProgram program = program(40);
    SampleRequest request = delivered(program);
    Instant late = request.getFeedbackDueAt().plusSeconds(1);
    request.remind(ReminderKind.OVERDUE, late);

    request.feedbackReceived(program, late);

    assertNull(request.getRemindedOverdueAt());
    assertEquals(Optional.of(ReminderKind.OVERDUE), request.pendingReminder(program, request.getFeedbackDueAt()));
  }

  @Test
  void theReminderJobsSetBasedChangeIsTheOneAReminderMakesToARequest() {
    SampleProgram program = program(null);
    for (ReminderKind kind : ReminderKind.values()) {
      for (boolean alreadyDue : List.of(false, true)) {
        SampleRequest request = delivered(program);
        Instant due = request.getFeedbackDueAt();
        if (alreadyDue) {
          request.remind(ReminderKind.BEFORE_DUE, due.minus(Duration.ofDays(2)));
        }
        RequestState before = request.getState();
        Instant at = kind == ReminderKind.OVERDUE ? due.plusSeconds(1) : due.minusSeconds(60);
        request.remind(kind, at);
        assertEquals(request.getState(), SampleRequest.stateAfterReminder(kind, before), kind + " from " + before);
      }
    }
  }
}
