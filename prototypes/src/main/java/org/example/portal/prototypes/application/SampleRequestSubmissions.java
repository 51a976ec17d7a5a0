package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.example.portal.core.submission.SubmissionRecord;
import org.example.portal.core.submission.SubmissionSource;
import org.example.portal.prototypes.domain.SampleProgram;
import org.example.portal.prototypes.domain.SampleRequest;

/** Every sample application as a submission, as its {@code SubmissionReceived} event announced it. */
@ApplicationScoped
@Transactional
public class SampleRequestSubmissions implements SubmissionSource {

  @PersistenceContext EntityManager em;
  @Inject SampleProgramService programs;

  @Override
  public String kind() {
    return SampleRequestService.SUBMISSION_KIND;
  }

  @Override
  public List<SubmissionRecord> page(long afterId, int limit) {
    List<SampleRequest> requests =
        em.createQuery("select r from SampleRequest r where r.id > :after order by r.id", SampleRequest.class)
            .setParameter("after", afterId)
            .setMaxResults(limit)
            .getResultList();
    Map<Long, SampleProgram> byId = new HashMap<>();
    return requests.stream()
        .map(r -> {
          SampleProgram program = byId.computeIfAbsent(r.getProgramId(), programs::program);
          return new SubmissionRecord(kind(), r.getId(), r.getCustomerId(), program.getAreaId(), SampleRequestService.title(program),
              Objects.requireNonNullElse(r.getMotivation(), ""), r.getState().name(), r.getAppliedAt());
        })
        .toList();
  }
}
