package org.example.portal.selfservice.rest;

import java.time.Instant;
import java.util.List;
import org.example.portal.selfservice.domain.Attachment;
import org.example.portal.selfservice.domain.BusinessCalendar;
import org.example.portal.selfservice.domain.Channel;
import org.example.portal.selfservice.domain.Priority;
import org.example.portal.selfservice.domain.SlaState;
import org.example.portal.selfservice.domain.Ticket;
import org.example.portal.selfservice.domain.TicketMessage;
import org.example.portal.selfservice.domain.TicketStatus;
import org.example.portal.selfservice.domain.Visibility;

/**
 * A ticket on the wire. {@code messages} and {@code attachments} are filled when one ticket is asked for,
 * and hold only what the caller may see: a customer's copy never contains an internal note or an internal
 * file. {@code version} goes back with every staff change, so a change made against an old copy is refused.
 */
public record TicketDto(
    long id,
    String number,
    String subject,
    String description,
    Long areaId,
    Priority priority,
    TicketStatus status,
    Channel channel,
    long customerId,
    Long teamId,
    Long assigneeId,
    Instant createdAt,
    Instant updatedAt,
    SlaDto sla,
    RatingDto rating,
    Long ideaId,
    Long mergedIntoId,
    long version,
    List<MessageDto> messages,
    List<AttachmentDto> attachments) {

  /** Service levels: due times and where the ticket stands. */
  public record SlaDto(SlaState state, Instant firstResponseDue, Instant firstResponseAt, Instant resolutionDue, boolean breached) {}

  public record RatingDto(boolean satisfied, String comment, Instant ratedAt) {}

  public record MessageDto(long id, Long authorId, boolean fromStaff, Visibility visibility, String body, Channel channel, Instant createdAt) {
    static MessageDto of(TicketMessage m) {
      return new MessageDto(m.getId(), m.getAuthorId(), m.isFromStaff(), m.getVisibility(), m.getBody(), m.getChannel(), m.getCreatedAt());
    }
  }

  public record AttachmentDto(long id, Long messageId, String fileName, String contentType, long size, boolean internal, Instant createdAt) {
    static AttachmentDto of(Attachment a) {
      return new AttachmentDto(a.getId(), a.getMessageId(), a.getFileName(), a.getContentType(), a.getSize(), a.isInternal(), a.getCreatedAt());
    }
  }

  static TicketDto of(Ticket t, BusinessCalendar calendar, Instant now, List<TicketMessage> messages, List<Attachment> attachments) {
    SlaState state = t.slaState(calendar, now);
    RatingDto rating = t.getRatingSatisfied() == null ? null : new RatingDto(t.getRatingSatisfied(), t.getRatingComment(), t.getRatedAt());
    return new TicketDto(
        t.getId(), t.number().toString(), t.getSubject(), t.getDescription(), t.getAreaId(), t.getPriority(), t.getStatus(), t.getChannel(),
        t.getCustomerId(), t.getTeamId(), t.getAssigneeId(), t.getCreatedAt(), t.getUpdatedAt(),
        new SlaDto(state, t.getFirstResponseDue(), t.getFirstResponseAt(), t.getResolutionDue(), state == SlaState.BREACHED),
        rating, t.getIdeaId(), t.getMergedIntoId(), t.getVersion(),
        messages == null ? null : messages.stream().map(MessageDto::of).toList(),
        attachments == null ? null : attachments.stream().map(AttachmentDto::of).toList());
  }
}
