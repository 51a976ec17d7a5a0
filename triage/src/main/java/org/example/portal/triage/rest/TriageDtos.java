package org.example.portal.triage.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.example.portal.core.submission.CustomerActivity;
import org.example.portal.core.submission.RelatedContent;
import org.example.portal.triage.application.Directory;
import org.example.portal.triage.application.DuplicateService;
import org.example.portal.triage.application.RuleForm;
import org.example.portal.triage.domain.InboxItem;
import org.example.portal.triage.domain.LinkType;
import org.example.portal.triage.domain.RoutingRule;

/** What the triage API returns. */
public final class TriageDtos {

  private TriageDtos() {}

  /**
   * One inbox item. {@code link} is the submission's own page in the web UI; {@code routedByRuleId} is the
   * rule that routed it (null: no rule took it and it went to the triage queue).
   */
  public record ItemDto(
      long id,
      String kind,
      long submissionId,
      String link,
      long customerId,
      String customerName,
      String customerTier,
      Long areaId,
      String areaName,
      String title,
      String summary,
      String status,
      boolean closed,
      Long teamId,
      String teamName,
      Long assigneeId,
      String assigneeName,
      String priority,
      Set<String> tags,
      boolean confidential,
      Long routedByRuleId,
      String routedByRuleName,
      Instant receivedAt,
      Instant updatedAt) {

    static ItemDto of(InboxItem item, Directory.Names names) {
      return new ItemDto(item.getId(), item.getKind(), item.getSubmissionId(), item.link(), item.getCustomerId(),
          names.person(item.getCustomerId()), item.getCustomerTier().name(), item.getAreaId(), names.area(item.getAreaId()),
          item.getTitle(), item.getSummary(), item.getStatus(), item.isClosed(), item.getTeamId(), names.team(item.getTeamId()),
          item.getAssigneeId(), names.person(item.getAssigneeId()), item.getPriority().name(), item.getTags(),
          item.isConfidential(), item.getRoutedByRuleId(), names.rule(item.getRoutedByRuleId()), item.getReceivedAt(), item.getUpdatedAt());
    }
  }

  /** One page of the inbox. */
  /** A page of the inbox; {@code total} counts at most 10,000 matches, and {@code exact} is false when more match. */
  public record InboxDto(long total, boolean exact, List<ItemDto> items) {}

  /** A routing rule with its place in the order (1 is asked first). */
  public record RuleDto(long id, int position, long version, RuleForm rule) {

    static RuleDto of(RoutingRule rule) {
      return new RuleDto(rule.getId(), rule.getPosition(), rule.getVersion(), RuleForm.of(rule.spec()));
    }
  }

  /** The new order of the rules: every rule's id once. */
  public record OrderForm(List<Long> ruleIds) {}

  /**
   * A customer's story: who they are, every submission, and what else they did (votes, comments, orders, ratings,
   * feedback owed), each oldest first.
   */
  public record StoryDto(
      long customerId, String name, String email, String tier, String language, Instant since, List<ItemDto> items,
      List<CustomerActivity.Entry> activities) {}

  /** A saved inbox view: a name and the inbox's query string. */
  public record ViewDto(long id, String name, String query) {}

  /** What to save as a view. */
  public record ViewForm(String name, String query) {}

  /**
   * What reads like an inbox item: other items of any kind, best first, and published content such as help-centre
   * articles ({@code related}, best first).
   */
  public record SimilarDto(List<SimilarItemDto> items, List<RelatedContent.Piece> related) {

    static SimilarDto of(DuplicateService.Similar similar) {
      return new SimilarDto(similar.items().stream().map(SimilarItemDto::of).toList(), similar.content());
    }
  }

  /**
   * A similar item. {@code mergeInto}: the asked item may be merged into this one; {@code mergeHere}: this one may
   * be merged into the asked item (each as the caller's roles and the owning module allow).
   */
  public record SimilarItemDto(
      long id, String kind, long submissionId, String link, String title, String summary, String status, boolean closed,
      float score, boolean mergeInto, boolean mergeHere) {

    static SimilarItemDto of(DuplicateService.SimilarItem s) {
      InboxItem i = s.item();
      return new SimilarItemDto(i.getId(), i.getKind(), i.getSubmissionId(), i.link(), i.getTitle(), i.getSummary(), i.getStatus(),
          i.isClosed(), s.score(), s.mergeInto(), s.mergeHere());
    }
  }

  /**
   * A link seen from one item: the item at the other end, how they belong together, and who linked them when. For
   * a merge, {@code mergedItemId} is the item that was merged into the other.
   */
  public record LinkDto(
      long itemId, String kind, String link, String title, String status, boolean closed, LinkType type, Long mergedItemId,
      long linkedById, String linkedByName, Instant linkedAt) {

    static List<LinkDto> of(List<DuplicateService.Linked> links, Map<Long, String> people) {
      return links.stream().map(l -> new LinkDto(l.other().getId(), l.other().getKind(), l.other().link(), l.other().getTitle(),
          l.other().getStatus(), l.other().isClosed(), l.link().getType(), l.link().getMergedItemId(), l.link().getLinkedBy(),
          people.getOrDefault(l.link().getLinkedBy(), "#" + l.link().getLinkedBy()), l.link().getLinkedAt())).toList();
    }
  }

  /** Links the item to another: {@code type} RELATED (when left out) or DUPLICATE. */
  public record LinkForm(Long itemId, LinkType type) {}

  /** Merges the item's submission into the submission of item {@code intoId}. */
  public record MergeForm(Long intoId) {}
}
