package org.example.portal.prototypes.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.example.portal.prototypes.application.FeedbackResults;

/** A program's feedback results: request counts by state, response rate, overdue count and per-question figures. */
public record ResultsDto(
    long programId,
    int units,
    int unitsTaken,
    Map<String, Long> requests,
    long delivered,
    long responded,
    double responseRate,
    long overdue,
    List<FeedbackResults.QuestionResult> questions) {

  static ResultsDto of(FeedbackResults.Results r) {
    Map<String, Long> requests = new LinkedHashMap<>();
    r.requests().forEach((state, count) -> requests.put(state.name(), count));
    return new ResultsDto(r.programId(), r.units(), r.unitsTaken(), requests, r.delivered(), r.responded(), r.responseRate(), r.overdue(), r.questions());
  }
}
