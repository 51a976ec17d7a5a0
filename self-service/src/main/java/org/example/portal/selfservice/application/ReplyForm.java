package org.example.portal.selfservice.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.example.portal.selfservice.domain.TicketMessage;
import org.example.portal.selfservice.domain.TicketStatus;

/**
 * A message on a ticket. Staff may write an internal note and choose the status a public reply leaves the
 * ticket in (pending customer when none is given); customers may do neither. {@code version}, when given,
 * is the ticket version the writer saw: a staff reply against an older version is refused, so nobody answers
 * a question that a colleague has answered meanwhile without seeing it.
 */
public record ReplyForm(
    @NotBlank(message = "{tickets.body.required}") @Size(max = TicketMessage.BODY_MAX_LENGTH, message = "{tickets.body.tooLong}") String body,
    boolean internal,
    TicketStatus status,
    Long version) {

  public static ReplyForm of(String body) {
    return new ReplyForm(body, false, null, null);
  }
}
