package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.search.IndexChange;
import org.example.portal.core.submission.SubmissionReceived;
import org.example.portal.prototypes.domain.Answer;
import org.example.portal.prototypes.domain.FeedbackResponse;
import org.example.portal.prototypes.domain.SampleProgram;
import org.example.portal.prototypes.domain.SampleRequest;
import org.example.portal.prototypes.infrastructure.AnswerIndex;

/**
 * The feedback customers owe for their samples: the current round's draft, saved as often as they like,
 * and its submission, which checks every required question and clears the customer's debt for that
 * sample. A received response is a submission triage sees in its inbox, and its free-text answers go to
 * the answers' search index once it is committed.
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

  /** The kind of submission a feedback response is, for triage and other observers. */
  public static final String SUBMISSION_KIND = "sample-feedback";

  @PersistenceContext EntityManager em;
  @Inject SampleRequestService requests;
  @Inject SampleProgramService programs;
  @Inject Event<SubmissionReceived> received;
  @Inject Event<IndexChange> indexChanges;
  @Inject Accounts accounts;

  Clock clock = Clock.systemUTC();

  /** The customer's answers to the round open now: a saved draft, or an empty one. */
  public FeedbackResponse currentDraft(long customerId, long requestId) {
    SampleRequest request = requests.viewRequest(customerId, false, requestId);
    requireFeedbackOpen(request);
    return currentResponse(request).orElseGet(() -> new FeedbackResponse(request, clock.instant()));
  }

  public FeedbackResponse saveDraft(long customerId, long requestId, @NotNull @Valid AnswersForm form) {
    SampleRequest request = requests.viewRequest(customerId, false, requestId);
    requireFeedbackOpen(request);
    FeedbackResponse response = currentOrNew(request);
    response.saveDraft(programs.program(request.getProgramId()), form.toAnswers(), clock.instant());
    em.flush();
    return response;
  }

  /** Sends the round's feedback. Missing required answers are refused, each question named. */
  public FeedbackResponse submitFeedback(long customerId, long requestId, @NotNull @Valid AnswersForm form) {
    SampleRequest request = requests.viewRequest(customerId, false, requestId);
    requireFeedbackOpen(request);
    SampleProgram program = programs.program(request.getProgramId());
    Instant now = clock.instant();
    FeedbackResponse response = currentOrNew(request);
    response.submit(program, form.toAnswers(), accounts.findById(customerId).map(Account::getLanguage).orElse("en"), now);
    request.feedbackReceived(program, now);
    em.flush();
    AnswerIndex.documents(response).forEach(d -> indexChanges.fire(IndexChange.put(AnswerIndex.CONTEXT, d)));
    received.fire(
        new SubmissionReceived(
            SUBMISSION_KIND,
            response.getId(),
            customerId,
            program.getAreaId(),
            title(program, response.getRound()),
            summary(program, response),
            now));
    requests.committed(request, customerId);
    return response;
  }

  /** Every response of a request, drafts included, oldest round first: for its customer or staff. */
  public List<FeedbackResponse> responsesOf(long viewerId, boolean staff, long requestId) {
    SampleRequest request = requests.viewRequest(viewerId, staff, requestId);
    List<FeedbackResponse> all = em.createNamedQuery("FeedbackResponse.ofRequest", FeedbackResponse.class).setParameter("requestId", request.getId()).getResultList();
    return staff ? all.stream().filter(FeedbackResponse::isSubmitted).toList() : all;
  }

  private FeedbackResponse currentOrNew(SampleRequest request) {
    return currentResponse(request).orElseGet(() -> {
      FeedbackResponse created = new FeedbackResponse(request, clock.instant());
      em.persist(created);
      return created;
    });
  }

  private Optional<FeedbackResponse> currentResponse(SampleRequest request) {
    return em.createNamedQuery("FeedbackResponse.ofRequest", FeedbackResponse.class)
        .setParameter("requestId", request.getId())
        .getResultStream()
        .filter(r -> r.getRound() == request.getFeedbackRound())
        .findFirst();
  }

  private static void requireFeedbackOpen(SampleRequest request) {
    if (!request.getState().awaitsFeedback()) {
      throw new ConflictException("No feedback is due for this sample now.");
    }
  }

  /** The line staff recognise a feedback round by, in triage. */
  static String title(SampleProgram program, int round) {
    return "Sample feedback: " + program.displayName() + " (round " + round + ")";
  }

  static String summary(SampleProgram program, FeedbackResponse response) {
    return response.getAnswers().stream()
        .map(a -> program.question(a.getPosition()).map(q -> q.getText() + ": ").orElse("") + text(a))
        .collect(Collectors.joining("\n"));
  }

  static String text(Answer a) {
    if (a.getRating() != null) {
      return a.getRating() + "/5";
    }
    return a.getText() != null ? a.getText() : String.join(", ", a.choiceList());
  }
}
