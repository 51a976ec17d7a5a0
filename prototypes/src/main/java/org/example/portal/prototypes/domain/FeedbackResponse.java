package org.example.portal.prototypes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;

/**
 * A customer's answers to one feedback round of one request: a draft they can save and finish later,
 * until they submit it. A submitted response is never changed.
 */
@Entity
@Table(name = "samples_response")
@NamedQuery(name = "FeedbackResponse.ofRequest", query = "select f from FeedbackResponse f where f.requestId = :requestId order by f.round")
@NamedQuery(
    name = "FeedbackResponse.submittedOfProgram",
    query = "select f from FeedbackResponse f where f.programId = :programId and f.submitted = true order by f.submittedAt, f.id")
public class FeedbackResponse {

  @Id
  @SequenceGenerator(name = "samples_response_seq", sequenceName = "samples_response_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "samples_response_seq")
  private Long id;

  @Column(name = "request_id", nullable = false)
  private long requestId;

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(nullable = false)
  private int round;

  @Column(nullable = false)
  private boolean submitted;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  /** The customer's language when they sent it: free-text answers are indexed and stemmed in it. */
  @Column(nullable = false, length = 8)
  private String language = "en";

  @ElementCollection
  @CollectionTable(name = "samples_answer", joinColumns = @JoinColumn(name = "response_id"))
  @OrderBy("position")
  private List<Answer> answers = new ArrayList<>();

  @Version private long version;

  protected FeedbackResponse() {}

  public FeedbackResponse(SampleRequest request, Instant now) {
    this.requestId = request.getId();
    this.programId = request.getProgramId();
    this.round = request.getFeedbackRound();
    this.savedAt = now;
  }

  /**
   * Saves the answers as a draft: each given answer must fit its question, but required ones may still be
   * missing. Answers to questions the form does not have are refused.
   */
  public void saveDraft(SampleProgram program, List<Answer> given, Instant now) {
    replaceAnswers(program, given, false);
    savedAt = now;
  }

  /**
   * Submits the answers, written in {@code language}: every required question must be answered. All
   * problems are reported at once, each naming its question, so the customer can fix them in one go.
   */
  public void submit(SampleProgram program, List<Answer> given, String language, Instant now) {
    replaceAnswers(program, given, true);
    this.language = language == null || language.isBlank() ? "en" : language;
    submitted = true;
    savedAt = now;
    submittedAt = now;
  }

  private void replaceAnswers(SampleProgram program, List<Answer> given, boolean submitting) {
    if (submitted) {
      throw new ConflictException("This feedback was already sent and cannot be changed.");
    }
    Map<Integer, Answer> byPosition = given.stream().collect(Collectors.toMap(Answer::getPosition, Function.identity(), (a, b) -> {
      throw new InvalidInputException("answers", "Question " + a.getPosition() + " is answered twice.");
    }));
    List<String> problems = new ArrayList<>();
    byPosition.keySet().stream()
        .sorted()
        .filter(p -> program.question(p).isEmpty())
        .forEach(p -> problems.add("The form has no question " + p + "."));
    for (Question q : program.getQuestions()) {
      q.problemWith(byPosition.get(q.getPosition()), submitting).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("answers", String.join(" ", problems));
    }
    answers.clear();
    given.stream().filter(a -> !a.isEmpty()).sorted(Comparator.comparingInt(Answer::getPosition)).forEach(answers::add);
  }

  public Optional<Answer> answer(int position) {
    return answers.stream().filter(a -> a.getPosition() == position).findFirst();
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public long getProgramId() {
    return programId;
  }

  public int getRound() {
    return round;
  }

  public boolean isSubmitted() {
    return submitted;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getLanguage() {
    return language;
  }

  public long getVersion() {
    return version;
  }

  public List<Answer> getAnswers() {
    return List.copyOf(answers);
  }
}
