package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.example.portal.core.search.SearchIndexes;
import org.example.portal.core.search.SearchQuery;
import org.example.portal.core.search.SearchResults;
import org.example.portal.core.text.Csv;
import org.example.portal.prototypes.domain.QuestionKind;
import org.example.portal.prototypes.domain.Question;
import org.example.portal.prototypes.domain.RequestState;
import org.example.portal.prototypes.domain.SampleProgram;
import org.example.portal.prototypes.infrastructure.AnswerIndex;

/**
 * A program's feedback as the product team reads it: response rate, overdue count, per-question
 * averages and answer distributions, free-text answers (searched in their own index) and a CSV of every response. Everything is
 * aggregated by the database, so a program with thousands of responses answers as fast as a small one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedbackResults {

  public static final int TEXT_PAGE = 50;

  @PersistenceContext EntityManager em;
  @Inject SampleProgramService programs;
  @Inject SearchIndexes indexes;

  /** One question's answers: how many, the average rating (rating questions) and how often each value was given. */
  public record QuestionResult(int position, String text, QuestionKind kind, boolean required, long answers, Double average, Map<String, Long> distribution) {}

  /**
   * @param delivered requests whose sample arrived, so feedback was asked for
   * @param responded delivered requests with the first round's feedback received
   * @param responseRate {@code responded / delivered}, 0 without deliveries
   */
  public record Results(
      long programId, int units, int unitsTaken, Map<RequestState, Long> requests, long delivered, long responded, double responseRate, long overdue, List<QuestionResult> questions) {}

  /**
   * One free-text answer with where it comes from.
   *
   * @param highlighted for a search, the matching part of the text, HTML-escaped, with the matched words in
   *     {@code <mark>}; null otherwise
   */
  public record TextAnswer(long requestId, int round, Instant submittedAt, String text, String highlighted) {}

  public Results results(long programId) {
    SampleProgram program = programs.program(programId);
    Map<RequestState, Long> byState = new EnumMap<>(RequestState.class);
    long delivered = 0;
    for (Object[] row : em.createQuery(
            "select r.state, count(r), count(r.deliveredAt) from SampleRequest r where r.programId = :programId group by r.state", Object[].class)
        .setParameter("programId", programId)
        .getResultList()) {
      byState.put((RequestState) row[0], ((Number) row[1]).longValue());
      delivered += ((Number) row[2]).longValue();
    }
    long responded =
        em.createQuery("select count(f) from FeedbackResponse f where f.programId = :programId and f.submitted = true and f.round = 1", Long.class)
            .setParameter("programId", programId)
            .getSingleResult();

    // One pass over the program's answers: per question and value how often it was given. Text answers
    // come back as one row per question with only their count, so free text never leaves the database here.
    Map<Integer, Map<String, Long>> distributions = new HashMap<>();
    Map<Integer, Long> textCounts = new HashMap<>();
    Map<Integer, Long> answerCounts = new HashMap<>();
    List<?> rows =
        em.createNativeQuery(
                "select a.position, a.rating, a.choices, case when a.text is null then 0 else 1 end, count(*)"
                    + " from samples_answer a join samples_response f on f.id = a.response_id"
                    + " where f.program_id = ? and f.submitted = true"
                    + " group by a.position, a.rating, a.choices, case when a.text is null then 0 else 1 end")
            .setParameter(1, programId)
            .getResultList();
    for (Object o : rows) {
      Object[] row = (Object[]) o;
      int position = ((Number) row[0]).intValue();
      long count = ((Number) row[4]).longValue();
      answerCounts.merge(position, count, Long::sum);
      Map<String, Long> distribution = distributions.computeIfAbsent(position, p -> new HashMap<>());
      if (((Number) row[3]).intValue() == 1) {
        textCounts.merge(position, count, Long::sum);
      } else if (row[1] != null) {
        distribution.merge(String.valueOf(((Number) row[1]).intValue()), count, Long::sum);
      } else if (row[2] != null) {
        // A multiple-choice answer counts once for each choice it names.
        for (String choice : ((String) row[2]).split("\n")) {
          distribution.merge(choice, count, Long::sum);
        }
      }
    }

    List<QuestionResult> questions = new ArrayList<>();
    for (Question q : program.getQuestions()) {
      Map<String, Long> found = distributions.getOrDefault(q.getPosition(), Map.of());
      Map<String, Long> ordered = new LinkedHashMap<>();
      Double average = null;
      switch (q.getKind()) {
        case RATING -> {
          long sum = 0;
          long n = 0;
          for (int value = 1; value <= 5; value++) {
            long count = found.getOrDefault(String.valueOf(value), 0L);
            ordered.put(String.valueOf(value), count);
            sum += value * count;
            n += count;
          }
          average = n == 0 ? null : Math.round(sum * 100.0 / n) / 100.0;
        }
        case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.choiceList().forEach(c -> ordered.put(c, found.getOrDefault(c, 0L)));
        case TEXT -> ordered.put("answered", textCounts.getOrDefault(q.getPosition(), 0L));
      }
      questions.add(new QuestionResult(q.getPosition(), q.getText(), q.getKind(), q.isRequired(), answerCounts.getOrDefault(q.getPosition(), 0L), average, ordered));
    }
    double rate = delivered == 0 ? 0 : Math.round(responded * 1000.0 / delivered) / 1000.0;
    return new Results(
        programId, program.getUnits(), program.getUnitsTaken(), byState, delivered, responded, rate, byState.getOrDefault(RequestState.OVERDUE, 0L), questions);
  }

  /**
   * Free-text answers to one question: without {@code query} all of them, newest first; with it, those the
   * answers' search index finds, best match first, each with the matched words marked. The search reads the
   * query in the searcher's {@code language} (stemmed as that language) and, if nothing matches in it, in
   * the languages of the other answers.
   */
  public List<TextAnswer> textAnswers(long programId, int position, String query, String language, int first, int max) {
    if (query == null || query.isBlank()) {
      List<TextAnswer> answers = new ArrayList<>();
      for (Object[] row : em.createQuery(TEXT_ANSWERS + " order by f.submittedAt desc, f.id desc", Object[].class)
          .setParameter("programId", programId)
          .setParameter("position", position)
          .setFirstResult(first)
          .setMaxResults(max)
          .getResultList()) {
        answers.add(textAnswer(row, null));
      }
      return answers;
    }
    SearchResults found = indexes.index(AnswerIndex.CONTEXT)
        .search(new SearchQuery(query, language, AnswerIndex.question(programId, position), first, max, true));
    if (found.hits().isEmpty()) {
      return List.of();
    }
    // The index finds and ranks; the database gives the whole answer and where it comes from.
    Map<Long, Object[]> rows = new HashMap<>();
    em.createQuery(TEXT_ANSWERS + " and f.id in :ids", Object[].class)
        .setParameter("programId", programId)
        .setParameter("position", position)
        .setParameter("ids", found.hits().stream().map(h -> AnswerIndex.key(h.id())[0]).toList())
        .getResultList()
        .forEach(row -> rows.put((Long) row[4], row));
    return found.hits().stream()
        .filter(h -> rows.containsKey(AnswerIndex.key(h.id())[0]))
        .map(h -> textAnswer(rows.get(AnswerIndex.key(h.id())[0]), h.snippet()))
        .toList();
  }

  private static final String TEXT_ANSWERS =
      "select f.requestId, f.round, f.submittedAt, a.text, f.id from FeedbackResponse f join f.answers a"
          + " where f.programId = :programId and f.submitted = true and a.position = :position and a.text is not null";

  private static TextAnswer textAnswer(Object[] row, String highlighted) {
    return new TextAnswer((Long) row[0], (Integer) row[1], (Instant) row[2], (String) row[3], highlighted);
  }

  /** Every submitted response as one CSV row, a column per question; choices separated by "; ". */
  public String csv(long programId) {
    SampleProgram program = programs.program(programId);
    List<Question> questions = program.getQuestions();
    StringBuilder csv = new StringBuilder("response,request,customer_tier,round,submitted_at");
    questions.forEach(q -> csv.append(',').append(Csv.field(q.getPosition() + ". " + q.getText())));
    csv.append('\n');
    List<?> rows =
        em.createNativeQuery(
                "select f.id, f.request_id, r.customer_tier, f.round, f.submitted_at, a.position, a.rating, a.choices, a.text"
                    + " from samples_response f join samples_request r on r.id = f.request_id"
                    + " left join samples_answer a on a.response_id = f.id"
                    + " where f.program_id = ? and f.submitted = true order by f.submitted_at, f.id, a.position")
            .setParameter(1, programId)
            .getResultList();
    long current = -1;
    String[] cells = new String[questions.size()];
    StringBuilder head = new StringBuilder();
    for (Object o : rows) {
      Object[] row = (Object[]) o;
      long id = ((Number) row[0]).longValue();
      if (id != current) {
        flush(csv, head, cells);
        current = id;
        head.setLength(0);
        head.append(id).append(',').append(row[1]).append(',').append(row[2]).append(',').append(row[3]).append(',').append(instant(row[4]));
        cells = new String[questions.size()];
      }
      if (row[5] != null) {
        int index = ((Number) row[5]).intValue() - 1;
        if (index >= 0 && index < cells.length) {
          cells[index] = row[6] != null ? String.valueOf(row[6]) : row[7] != null ? ((String) row[7]).replace("\n", "; ") : (String) row[8];
        }
      }
    }
    flush(csv, head, cells);
    return csv.toString();
  }

  private static void flush(StringBuilder csv, StringBuilder head, String[] cells) {
    if (head.isEmpty()) {
      return;
    }
    csv.append(head);
    for (String cell : cells) {
      csv.append(',').append(cell == null ? "" : Csv.field(cell));
    }
    csv.append('\n');
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    return Instant.parse(value.toString());
  }
}
