package org.example.portal.prototypes.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.example.portal.core.search.SearchDocument;
import org.example.portal.core.search.SearchSource;
import org.example.portal.prototypes.domain.FeedbackResponse;

/**
 * What the free-text answers' search index holds: one document per text answer of a sent feedback round,
 * analysed in the language the customer wrote in, so "laces" also finds "lace". Program and question are
 * filters, because the results page searches the answers to one question of one program. Drafts are never
 * indexed: staff do not see them.
 */
@ApplicationScoped
@Transactional
public class AnswerIndex implements SearchSource {

  public static final String CONTEXT = "sample-answers";
  public static final String PROGRAM = "program";
  public static final String QUESTION = "question";

  /** A sent response never changes, so every document has the same version. */
  private static final long VERSION = 1;

  /** Every text answer of a sent response: response, position, program, language, text. */
  private static final String TEXT_ANSWERS =
      "select f.id, a.position, f.programId, f.language, a.text from FeedbackResponse f join f.answers a"
          + " where f.submitted = true and a.text is not null";

  @PersistenceContext EntityManager em;

  /** The document id of the answer at {@code position} of a response. */
  public static String id(long responseId, int position) {
    return responseId + "-" + position;
  }

  /** The response id and question position a document id stands for. */
  public static long[] key(String id) {
    int dash = id.indexOf('-');
    return new long[] {Long.parseLong(id.substring(0, dash)), Long.parseLong(id.substring(dash + 1))};
  }

  /** The filters that keep a search to the answers to one question of one program. */
  public static Map<String, Set<String>> question(long programId, int position) {
    return Map.of(PROGRAM, Set.of(String.valueOf(programId)), QUESTION, Set.of(String.valueOf(position)));
  }

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public Map<String, Long> versions() {
    List<Object[]> rows = em.createQuery(TEXT_ANSWERS, Object[].class).getResultList();
    Map<String, Long> versions = new HashMap<>(rows.size() * 2);
    rows.forEach(row -> versions.put(id((Long) row[0], (Integer) row[1]), VERSION));
    return versions;
  }

  @Override
  public List<SearchDocument> documents(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Set<String> wanted = new HashSet<>(ids);
    List<Long> responses = ids.stream().map(id -> key(id)[0]).distinct().toList();
    List<SearchDocument> documents = new ArrayList<>();
    for (Object[] row : em.createQuery(TEXT_ANSWERS + " and f.id in :ids", Object[].class).setParameter("ids", responses).getResultList()) {
      String id = id((Long) row[0], (Integer) row[1]);
      if (wanted.contains(id)) {
        documents.add(document(id, (Long) row[2], (Integer) row[1], (String) row[3], (String) row[4]));
      }
    }
    return documents;
  }

  /** The indexed form of each text answer of a sent response. */
  public static List<SearchDocument> documents(FeedbackResponse response) {
    return response.getAnswers().stream()
        .filter(a -> a.getText() != null)
        .map(a -> document(id(response.getId(), a.getPosition()), response.getProgramId(), a.getPosition(), response.getLanguage(), a.getText()))
        .toList();
  }

  private static SearchDocument document(String id, long programId, int position, String language, String text) {
    return new SearchDocument(
        id, VERSION, language, "", text, Map.of(PROGRAM, String.valueOf(programId), QUESTION, String.valueOf(position)));
  }
}
