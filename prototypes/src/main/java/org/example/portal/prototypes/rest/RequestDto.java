package org.example.portal.prototypes.rest;

import java.time.Instant;
import java.util.List;
import org.example.portal.prototypes.domain.RequestHistoryEntry;
import org.example.portal.prototypes.domain.RequestState;
import org.example.portal.prototypes.domain.SampleRequest;

/** A sample request on the wire; {@code history} is filled when one request is asked for, not in lists. */
public record RequestDto(
    long id,
    long programId,
    String programName,
    long customerId,
    String customerTier,
    RequestState state,
    String motivation,
    Instant appliedAt,
    int termsVersion,
    Instant termsAcceptedAt,
    Instant decidedAt,
    String declineReason,
    String carrier,
    String trackingNumber,
    Instant shippedAt,
    Instant deliveredAt,
    Integer feedbackRound,
    Instant feedbackDueAt,
    List<HistoryDto> history) {

  /** One state change. */
  public record HistoryDto(Instant at, Long actorId, RequestState from, RequestState to, String note) {
    static HistoryDto of(RequestHistoryEntry e) {
      return new HistoryDto(e.getAt(), e.getActorId(), e.getFrom(), e.getTo(), e.getNote());
    }
  }

  static RequestDto of(SampleRequest r, String programName, boolean withHistory) {
    return new RequestDto(
        r.getId(), r.getProgramId(), programName, r.getCustomerId(), r.getCustomerTier().name(), r.getState(), r.getMotivation(), r.getAppliedAt(),
        r.getTermsVersion(), r.getTermsAcceptedAt(), r.getDecidedAt(), r.getDeclineReason(), r.getCarrier(), r.getTrackingNumber(), r.getShippedAt(),
        r.getDeliveredAt(), r.getFeedbackRound(), r.getFeedbackDueAt(),
        withHistory ? r.getHistory().stream().map(HistoryDto::of).toList() : null);
  }
}
