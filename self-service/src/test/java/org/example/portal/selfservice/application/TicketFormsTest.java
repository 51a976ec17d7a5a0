package org.example.portal.selfservice.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.example.portal.selfservice.domain.Ticket;
import org.example.portal.selfservice.domain.TicketMessage;
import org.junit.jupiter.api.Test;

/** The limits customers and staff type against, checked without a server. */
class TicketFormsTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private static List<String> messages(Object form) {
    Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(form);
    return violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessageTemplate()).sorted().toList();
  }

  @Test
  void aTicketNeedsASubjectAndADescriptionWithinTheirLengths() {
    assertEquals(List.of(), messages(new TicketForm("Printer", "Blank pages", null, null)));
    assertEquals(List.of("description {tickets.description.required}", "subject {tickets.subject.required}"), messages(new TicketForm(" ", "", 1L, null)));
    assertEquals(
        List.of("description {tickets.description.tooLong}", "subject {tickets.subject.tooLong}"),
        messages(new TicketForm("s".repeat(Ticket.SUBJECT_MAX_LENGTH + 1), "d".repeat(Ticket.DESCRIPTION_MAX_LENGTH + 1), null, null)));
  }

  @Test
  void repliesRatingsAndChangesSayWhatIsMissing() {
    assertEquals(List.of("body {tickets.body.required}"), messages(ReplyForm.of("  ")));
    assertEquals(List.of("body {tickets.body.tooLong}"), messages(ReplyForm.of("x".repeat(TicketMessage.BODY_MAX_LENGTH + 1))));
    assertEquals(List.of("satisfied {tickets.rating.required}"), messages(new RatingForm(null, "")));
    assertEquals(List.of("version {tickets.version.required}"), messages(new TicketChanges(null, null, null, null, null, false, null)));
    assertEquals(List.of("ids {tickets.bulk.ids}"), messages(new BulkChanges(List.of(), null, null, null, null)));
  }

  @Test
  void everyMessageKeyHasATextInEveryLanguage() throws Exception {
    for (String bundle : List.of("/portal-messages.properties", "/portal-messages_uz.properties")) {
      java.util.Properties texts = new java.util.Properties();
      try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream(bundle), java.nio.charset.StandardCharsets.UTF_8)) {
        texts.load(in);
      }
      for (String key : List.of("tickets.subject.required", "tickets.subject.tooLong", "tickets.description.required", "tickets.description.tooLong",
          "tickets.body.required", "tickets.body.tooLong", "tickets.rating.required", "tickets.version.required", "tickets.bulk.ids")) {
        assertEquals(true, texts.containsKey(key), bundle + " " + key);
      }
    }
  }
}
