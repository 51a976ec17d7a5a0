package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.example.portal.core.submission.SubmissionRecord;
import org.example.portal.core.submission.SubmissionSource;
import org.example.portal.prototypes.domain.FeedbackResponse;
import org.example.portal.prototypes.domain.SampleProgram;
import org.example.portal.prototypes.domain.SampleRequest;

/** Every feedback round customers gave for their samples, as its {@code SubmissionReceived} event announced it. */
@ApplicationScoped
@Transactional
public class SampleFeedbackSubmissions implements SubmissionSource {

  /** A given round stays given: its status never changes. */
  static final String RECEIVED = "RECEIVED";

  @PersistenceContext EntityManager em;
  @Inject SampleProgramService programs;

  @Override
  public String kind() {
    return FeedbackService.SUBMISSION_KIND;
  }

  @Override
  public List<SubmissionRecord> page(long afterId, int limit) {
    List<FeedbackResponse> responses =
        em.createQuery("select f from FeedbackResponse f where f.submitted = true and f.id > :after order by f.id", FeedbackResponse.class)
            .setParameter("after", afterId)
            .setMaxResults(limit)
            // The answers of the whole page in one more query, not one per response.
            .setHint("eclipselink.batch", "f.answers")
            .setHint("eclipselink.batch.type", "IN")
            .getResultList();
    if (responses.isEmpty()) {
      return List.of();
    }
    Map<Long, SampleRequest> requests = new HashMap<>();
    em.createQuery("select r from SampleRequest r where r.id in :ids", SampleRequest.class)
        .setParameter("ids", responses.stream().map(FeedbackResponse::getRequestId).distinct().toList())
        .getResultStream()
        .forEach(r -> requests.put(r.getId(), r));
    Map<Long, SampleProgram> programsById = new HashMap<>();
    return responses.stream()
        .filter(f -> requests.containsKey(f.getRequestId()))
        .map(f -> {
          SampleProgram program = programsById.computeIfAbsent(f.getProgramId(), programs::program);
          return new SubmissionRecord(kind(), f.getId(), requests.get(f.getRequestId()).getCustomerId(), program.getAreaId(),
              FeedbackService.title(program, f.getRound()), FeedbackService.summary(program, f), RECEIVED, f.getSubmittedAt());
        })
        .toList();
  }
}
