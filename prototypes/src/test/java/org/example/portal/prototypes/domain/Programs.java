package org.example.portal.prototypes.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

/** Programs for tests: a published one with a small form, with an id as if it had been stored. */
final class Programs {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private Programs() {}

  static SampleProgram program(Integer secondRoundDays) {
    SampleProgram program = new SampleProgram("Trail shoe", 7L, 1L, NOW);
    program.setTerms("Do not resell the sample.");
    program.setFeedbackForm(
        List.of(
            new Question(1, "How comfortable is it?", QuestionKind.RATING, true, null),
            new Question(2, "Which terrain?", QuestionKind.MULTIPLE_CHOICE, false, List.of("Road", "Trail", "Snow")),
            new Question(3, "Would you buy it?", QuestionKind.SINGLE_CHOICE, true, List.of("Yes", "No")),
            new Question(4, "Anything else?", QuestionKind.TEXT, false, null)),
        14,
        secondRoundDays);
    program.publish();
    setId(program, 42L);
    return program;
  }

  static void setId(Object entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
