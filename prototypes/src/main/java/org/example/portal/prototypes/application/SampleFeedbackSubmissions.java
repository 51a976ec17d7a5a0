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
    Map<Long, SampleProgram> byId = new HashMap<>();
    return em.createQuery("select f, r from FeedbackResponse f, SampleRequest r where r.id = f.requestId and f.submitted = true and f.id > :after"
                + " order by f.id", Object[].class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        // The answers of the whole page in one more query, not one per response.
        .setHint("eclipselink.batch", "f.answers")
        .setHint("eclipselink.batch.type", "IN")
        .getResultStream()
        .map(row -> {
          FeedbackResponse response = (FeedbackResponse) row[0];
          SampleRequest request = (SampleRequest) row[1];
          SampleProgram program = byId.computeIfAbsent(response.getProgramId(), programs::program);
          return new SubmissionRecord(kind(), response.getId(), request.getCustomerId(), program.getAreaId(), FeedbackService.title(program, response.getRound()),
              FeedbackService.summary(program, response), RECEIVED, response.getSubmittedAt());
        })
        .toList();
  }
}
