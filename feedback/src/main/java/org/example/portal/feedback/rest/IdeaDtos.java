package org.example.portal.feedback.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.example.portal.core.text.Markdown;
import org.example.portal.feedback.domain.Comment;
import org.example.portal.feedback.domain.Idea;
import org.example.portal.feedback.domain.IdeaHistoryEntry;
import org.example.portal.feedback.domain.Notification;

/** What the ideas API returns. Priority estimates, weighted votes and moderation details are for staff only. */
public final class IdeaDtos {

  private IdeaDtos() {}

  /**
   * One idea. {@code descriptionHtml} is the Markdown rendered safely; {@code mergedIntoId} is set when the idea
   * was merged, and clients then show that idea instead. {@code voted}, {@code following} and {@code editable}
   * describe the caller.
   */
  public record IdeaDto(
      long id,
      String title,
      String description,
      String descriptionHtml,
      long areaId,
      String authorName,
      String status,
      String officialResponse,
      List<String> tags,
      int votes,
      int followers,
      int comments,
      Instant createdAt,
      Instant statusChangedAt,
      Long mergedIntoId,
      boolean voted,
      boolean following,
      boolean editable,
      Integer weightedVotes,
      BigDecimal impact,
      Integer confidence,
      BigDecimal effort,
      Double score,
      Boolean hidden,
      String hiddenReason) {

    static IdeaDto of(Idea i, String authorName, boolean staff, boolean voted, boolean following, boolean editable) {
      return new IdeaDto(
          i.getId(), i.getTitle(), i.getDescription(), Markdown.toHtml(i.getDescription()), i.getAreaId(), authorName, i.getStatus().name(),
          i.getOfficialResponse(), i.getTags(), i.getVoteCount(), i.getFollowerCount(), i.getCommentCount(), i.getCreatedAt(),
          i.getStatusChangedAt(), i.getMergedIntoId(), voted, following, editable,
          staff ? i.getWeightedVotes() : null,
          staff ? i.priority().impact() : null,
          staff ? i.priority().confidence() : null,
          staff ? i.priority().effort() : null,
          staff ? i.getScore() : null,
          staff ? i.isHidden() : null,
          staff ? i.getHiddenReason() : null);
    }
  }

  /**
   * An idea in a list. {@code titleHtml} and {@code snippetHtml} are set for search results: HTML-escaped text
   * with the matched words in {@code <mark>}.
   */
  public record IdeaSummaryDto(
      long id, String title, String titleHtml, String snippetHtml, long areaId, String status, List<String> tags, int votes,
      int comments, Instant createdAt, Integer weightedVotes, Double score) {

    static IdeaSummaryDto of(Idea i, String titleHtml, String snippetHtml, boolean staff) {
      return new IdeaSummaryDto(
          i.getId(), i.getTitle(), titleHtml, snippetHtml, i.getAreaId(), i.getStatus().name(), i.getTags(), i.getVoteCount(),
          i.getCommentCount(), i.getCreatedAt(), staff ? i.getWeightedVotes() : null, staff ? i.getScore() : null);
    }
  }

  public record BoardDto(long total, List<IdeaSummaryDto> items) {}

  /** A suggestion while typing a title: an existing idea, its title with the matching words marked. */
  public record SimilarDto(long id, String titleHtml, String snippetHtml, String status, int votes) {}

  public record CommentDto(long id, String authorName, String body, String bodyHtml, boolean byStaff, boolean internal, Boolean hidden, Instant createdAt) {

    static CommentDto of(Comment c, String authorName, boolean staff) {
      return new CommentDto(c.getId(), authorName, c.getBody(), Markdown.toHtml(c.getBody()), c.isByStaff(), c.isInternal(), staff ? c.isHidden() : null, c.getCreatedAt());
    }
  }

  public record HistoryDto(String kind, String fromStatus, String toStatus, String note, Long otherIdeaId, Instant at) {

    static HistoryDto of(IdeaHistoryEntry h) {
      return new HistoryDto(
          h.getKind().name(), h.getFromStatus() == null ? null : h.getFromStatus().name(), h.getToStatus() == null ? null : h.getToStatus().name(),
          h.getNote(), h.getOtherIdeaId(), h.getAt());
    }
  }

  public record RoadmapDto(List<IdeaSummaryDto> planned, List<IdeaSummaryDto> inProgress, List<IdeaSummaryDto> shipped) {}

  public record ChangelogEntryDto(long ideaId, String title, String announcement, Instant shippedAt) {}

  public record NotificationDto(long id, long ideaId, String message, Instant createdAt, boolean read) {

    static NotificationDto of(Notification n) {
      return new NotificationDto(n.getId(), n.getIdeaId(), n.getMessage(), n.getCreatedAt(), n.getReadAt() != null);
    }
  }

  public record MergeDto(long mergeId, long sourceId, long targetId) {}

  /**
   * An unsubscribe request from an e-mail link: the link's token and idea; {@code all} stops every idea e-mail.
   */
  public record UnsubscribeDto(String token, Long ideaId, boolean all) {}
}
