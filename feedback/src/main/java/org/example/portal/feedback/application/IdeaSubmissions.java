package org.example.portal.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.example.portal.core.submission.SubmissionRecord;
import org.example.portal.core.submission.SubmissionSource;
import org.example.portal.feedback.domain.Idea;

/** Every idea as a submission, with the title and summary its {@code SubmissionReceived} event carried. */
@ApplicationScoped
@Transactional
public class IdeaSubmissions implements SubmissionSource {

  @PersistenceContext EntityManager em;

  @Override
  public String kind() {
    return IdeaService.SUBMISSION_KIND;
  }

  @Override
  public List<SubmissionRecord> page(long afterId, int limit) {
    return em.createQuery("select i from Idea i where i.id > :after order by i.id", Idea.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        // The tags of the whole page in one more query, not one per idea.
        .setHint("eclipselink.batch", "i.tags")
        .setHint("eclipselink.batch.type", "IN")
        .getResultStream()
        .map(i -> new SubmissionRecord(kind(), i.getId(), i.getAuthorId(), i.getAreaId(), i.getTitle(),
            IdeaService.summary(i), i.getStatus().name(), i.getCreatedAt()))
        .toList();
  }
}
