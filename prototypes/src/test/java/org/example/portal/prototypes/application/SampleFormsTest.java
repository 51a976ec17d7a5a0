package org.example.portal.prototypes.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.example.portal.prototypes.domain.QuestionKind;
import org.junit.jupiter.api.Test;

/** The limits customers and product teams type against, checked without a server. */
class SampleFormsTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  private static List<String> messages(Object form) {
    Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(form);
    return violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessageTemplate()).sorted().toList();
  }

  private static ProgramForm program(List<String> images, Integer units, List<QuestionForm> questions) {
    return new ProgramForm(
        "Trail shoe", "v2", null, images, 1L, null, units, Set.of(), Set.of(), false, "Do not resell.", NOW, NOW.plusSeconds(86400), 14, null, false,
        questions, Set.of());
  }

  private static final List<QuestionForm> ONE_QUESTION = List.of(new QuestionForm("How is it?", QuestionKind.RATING, true, null));

  @Test
  void a_sensible_program_is_valid() {
    assertEquals(List.of(), messages(program(List.of("https://img.example/shoe.png"), 10, ONE_QUESTION)));
  }

  @Test
  void images_are_web_addresses_and_the_quota_is_positive_and_a_form_has_questions() {
    assertEquals(List.of("imageUrls[0].<list element> {samples.images.url}"), messages(program(List.of("javascript:alert(1)"), 10, ONE_QUESTION)));
    assertEquals(List.of("units {samples.units.range}"), messages(program(List.of(), 0, ONE_QUESTION)));
    assertEquals(List.of("questions {samples.questions.required}"), messages(program(List.of(), 5, List.of())));
  }

  @Test
  void an_application_must_accept_the_terms() {
    assertEquals(List.of("acceptTerms {samples.terms.accept}"), messages(new ApplicationForm(1L, false, 1, null)));
    assertEquals(List.of(), messages(new ApplicationForm(1L, true, 1, "I run daily")));
  }
}
