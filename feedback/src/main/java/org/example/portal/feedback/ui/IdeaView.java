package org.example.portal.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.text.Markdown;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.feedback.application.Board;
import org.example.portal.feedback.application.CommentForm;
import org.example.portal.feedback.application.HideForm;
import org.example.portal.feedback.application.IdeaForm;
import org.example.portal.feedback.application.IdeaService;
import org.example.portal.feedback.application.MergeForm;
import org.example.portal.feedback.application.PriorityForm;
import org.example.portal.feedback.application.ResponseForm;
import org.example.portal.feedback.application.StatusForm;
import org.example.portal.feedback.domain.Comment;
import org.example.portal.feedback.domain.Idea;
import org.example.portal.feedback.domain.IdeaHistoryEntry;
import org.example.portal.feedback.domain.IdeaStatus;
import org.example.portal.feedback.domain.Priority;

/**
 * One idea: its text, status and official response, votes, followers, comments and history. Customers vote,
 * follow, comment and (until it is reviewed) edit their own idea; product teams change its status, answer,
 * estimate its priority, merge it into another idea and moderate; admins undo merges. A merged idea's URL
 * leads to the idea it was merged into. E-mails link here.
 */
@Route(value = "ideas/:id([0-9]+)", layout = MainLayout.class)
@AnonymousAllowed
public class IdeaView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final IdeaService ideas;
  private final Board board;
  private final CatalogService catalog;
  private final SignedInUser me = SignedInUser.current().orElse(null);
  private Idea idea;

  @Inject
  public IdeaView(IdeaService ideas, Board board, CatalogService catalog) {
    this.ideas = ideas;
    this.board = board;
    this.catalog = catalog;
    addClassName("portal-page");
  }

  public static RouteParameters parameters(long id) {
    return new RouteParameters("id", String.valueOf(id));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
    try {
      idea = ideas.view(isStaff(), id);
    } catch (NotFoundException e) {
      idea = null;
      removeAll();
      add(new H2(getTranslation("ideas.notFound")));
      return;
    }
    if (idea.getMergedIntoId() != null && !isAdmin()) {
      event.forwardTo(IdeaView.class, parameters(idea.getMergedIntoId()));
      return;
    }
    render();
  }

  private void render() {
    removeAll();
    VerticalLayout page = new VerticalLayout();
    page.setPadding(false);
    page.setMaxWidth("56em");

    H2 heading = new H2(idea.getTitle());
    heading.setId("idea-heading");
    HorizontalLayout status = new HorizontalLayout(IdeaText.statusBadge(this, idea.getStatus()));
    status.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    String areaName = catalog.findArea(idea.getAreaId()).map(ProductArea::getName).orElse("");
    Span meta = new Span(areaName + " · " + getTranslation("ideas.by", ideas.nameOf(idea.getAuthorId()), IdeaText.date(idea.getCreatedAt(), getLocale()))
        + (idea.getTags().isEmpty() ? "" : " · #" + String.join(" #", idea.getTags())));
    meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
    status.add(meta);
    if (idea.isHidden()) {
      Span hidden = new Span(getTranslation("ideas.staff.hiddenBadge", idea.getHiddenReason()));
      hidden.getElement().getThemeList().add("badge error");
      status.add(hidden);
    }
    page.add(heading, status);

    if (idea.getMergedIntoId() != null) {
      page.add(mergedNotice());
    }
    page.add(actions());
    page.add(IdeaText.html("div", Markdown.toHtml(idea.getDescription())));
    if (idea.getOfficialResponse() != null) {
      Div response = new Div(new H3(getTranslation("ideas.response")), IdeaText.html("div", Markdown.toHtml(idea.getOfficialResponse())));
      response.setId("idea-response");
      response.getStyle().set("border-left", "4px solid var(--lumo-primary-color)").set("padding-left", "var(--lumo-space-m)");
      page.add(response);
    }
    if (isProductTeam() && idea.getMergedIntoId() == null) {
      page.add(staffPanel());
    }
    page.add(comments(), history());
    add(page);
  }

  private Component mergedNotice() {
    Idea target = board.ideas(List.of(idea.getMergedIntoId())).get(idea.getMergedIntoId());
    Paragraph notice = new Paragraph(getTranslation("ideas.merged.notice", target == null ? "#" + idea.getMergedIntoId() : target.getTitle()));
    Button undo = new Button(getTranslation("ideas.merged.undo"), e -> act(() -> {
      idea = ideas.unmerge(me.id(), idea.getId());
      Notification.show(getTranslation("ideas.merged.undone"));
    }));
    undo.setId("idea-unmerge");
    return new VerticalLayout(notice, undo);
  }

  private Component actions() {
    HorizontalLayout bar = new HorizontalLayout();
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    Span votes = new Span(getTranslation("ideas.votes") + ": " + idea.getVoteCount());
    votes.setId("idea-vote-count");
    votes.getStyle().set("font-weight", "600");
    bar.add(votes);
    if (me == null || idea.getMergedIntoId() != null) {
      return bar;
    }
    if (me.hasRole(Role.CUSTOMER) && idea.getStatus().isOpen()) {
      boolean voted = ideas.hasVoted(me.id(), idea.getId());
      Button vote = new Button(getTranslation(voted ? "ideas.unvote" : "ideas.vote"), e -> act(() ->
          idea = voted ? ideas.unvote(me.id(), idea.getId()) : ideas.vote(me.id(), idea.getId())));
      vote.setId("idea-vote");
      vote.addThemeVariants(voted ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
      // Counter-price bids on ideas live in the bids module; its page opens the bid dialog for this idea.
      Anchor bid = new Anchor("bids?idea=" + idea.getId(), getTranslation("ideas.bid"));
      bid.setId("idea-bid");
      bar.add(vote, bid);
    }
    boolean following = ideas.follows(me.id(), idea.getId());
    Button follow = new Button(getTranslation(following ? "ideas.unfollow" : "ideas.follow"), e -> act(() ->
        idea = following ? ideas.unfollow(me.id(), idea.getId()) : ideas.follow(me.id(), idea.getId())));
    follow.setId("idea-follow");
    follow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    bar.add(follow);
    if (idea.isEditableBy(me.id())) {
      Button edit = new Button(getTranslation("ideas.edit"), e -> editForm());
      edit.setId("idea-edit");
      edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      bar.add(edit);
    }
    return bar;
  }

  private void editForm() {
    TextField title = new TextField(getTranslation("ideas.title"));
    title.setValue(idea.getTitle());
    title.setMaxLength(Idea.TITLE_MAX_LENGTH);
    title.setWidthFull();
    TextArea description = new TextArea(getTranslation("ideas.description"));
    description.setValue(idea.getDescription() == null ? "" : idea.getDescription());
    description.setWidthFull();
    TextField tags = new TextField(getTranslation("ideas.tags"));
    tags.setValue(String.join(", ", idea.getTags()));
    Button save = new Button(getTranslation("ideas.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Dialog dialog = new Dialog(new VerticalLayout(title, description, tags));
    dialog.setHeaderTitle(getTranslation("ideas.edit"));
    dialog.setWidth("40em");
    save.addClickListener(e -> {
      try {
        List<String> tagList = Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        idea = ideas.edit(me.id(), idea.getId(), new IdeaForm(title.getValue(), description.getValue(), idea.getAreaId(), tagList));
        dialog.close();
        render();
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of("title", title, "description", description, "tags", tags));
      }
    });
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  private Component staffPanel() {
    VerticalLayout panel = new VerticalLayout();
    panel.setId("idea-staff");
    panel.setPadding(false);

    Select<IdeaStatus> next = new Select<>();
    next.setId("idea-status-next");
    next.setLabel(getTranslation("ideas.staff.status"));
    next.setItems(idea.getStatus().next());
    next.setItemLabelGenerator(s -> getTranslation("ideas.status." + s.name()));
    TextArea response = new TextArea(getTranslation("ideas.staff.response"));
    response.setId("idea-status-response");
    response.setHelperText(getTranslation("ideas.staff.response.help"));
    response.setMaxLength(Idea.RESPONSE_MAX_LENGTH);
    response.setWidthFull();
    Button apply = new Button(getTranslation("ideas.staff.apply"), e -> {
      try {
        idea = next.getValue() == null
            ? ideas.respond(me.id(), idea.getId(), new ResponseForm(response.getValue()))
            : ideas.changeStatus(me.id(), idea.getId(), new StatusForm(next.getValue(), response.getValue()));
        Notification.show(getTranslation("ideas.saved"));
        render();
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of("status", next, "response", response));
      }
    });
    apply.setId("idea-status-apply");
    apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    ComboBox<Idea> target = new ComboBox<>(getTranslation("ideas.staff.merge.target"));
    target.setId("idea-merge-target");
    target.setHelperText(getTranslation("ideas.staff.merge.target.help"));
    target.setWidth("28em");
    target.setItemLabelGenerator(i -> "#" + i.getId() + " " + i.getTitle());
    target.setItems(query -> {
      String text = query.getFilter().orElse("");
      var hits = board.similar(text, null, Math.min(query.getLimit(), 20));
      var found = board.ideas(hits.stream().map(h -> Long.valueOf(h.id())).toList());
      return hits.stream().map(h -> found.get(Long.valueOf(h.id()))).filter(i -> i != null && !i.getId().equals(idea.getId())).skip(query.getOffset()).limit(query.getLimit());
    });
    Button merge = new Button(getTranslation("ideas.staff.merge.button"), e -> {
      try {
        Long targetId = target.getValue() == null ? null : target.getValue().getId();
        ideas.merge(me.id(), idea.getId(), new MergeForm(targetId));
        Notification.show(getTranslation("ideas.staff.merged"));
        getUI().ifPresent(ui -> ui.navigate(IdeaView.class, parameters(targetId)));
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of("targetId", target));
      }
    });
    merge.setId("idea-merge");
    HorizontalLayout mergeRow = new HorizontalLayout(target, merge);
    mergeRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    Select<BigDecimal> impact = new Select<>();
    impact.setLabel(getTranslation("ideas.staff.impact"));
    impact.setItems(Priority.IMPACTS);
    impact.setEmptySelectionAllowed(true);
    impact.setItemLabelGenerator(i -> i == null ? "" : getTranslation("ideas.staff.impact." + i.stripTrailingZeros().toPlainString()));
    impact.setValue(Priority.IMPACTS.stream().filter(i -> idea.priority().impact() != null && i.compareTo(idea.priority().impact()) == 0).findFirst().orElse(null));
    IntegerField confidence = new IntegerField(getTranslation("ideas.staff.confidence"));
    confidence.setMin(1);
    confidence.setMax(100);
    confidence.setValue(idea.priority().confidence());
    BigDecimalField effort = new BigDecimalField(getTranslation("ideas.staff.effort"));
    effort.setValue(idea.priority().effort());
    Span score = new Span(getTranslation("ideas.staff.weighted") + ": " + idea.getWeightedVotes() + " · " + getTranslation("ideas.staff.score") + ": "
        + (idea.getScore() == null ? "–" : String.format(getLocale(), "%.1f", idea.getScore())));
    score.setId("idea-score");
    Button savePriority = new Button(getTranslation("ideas.save"), e -> {
      try {
        idea = ideas.prioritise(idea.getId(), new PriorityForm(impact.getValue(), confidence.getValue(), effort.getValue()));
        render();
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of("impact", impact, "confidence", confidence, "effort", effort));
      }
    });
    HorizontalLayout priority = new HorizontalLayout(impact, confidence, effort, savePriority);
    priority.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    TextField reason = new TextField(getTranslation("ideas.staff.hide.reason"));
    Button hide = idea.isHidden()
        ? new Button(getTranslation("ideas.staff.unhide"), e -> act(() -> idea = ideas.unhide(idea.getId())))
        : new Button(getTranslation("ideas.staff.hide"), e -> {
          try {
            idea = ideas.hide(idea.getId(), new HideForm(reason.getValue()));
            render();
          } catch (RuntimeException failure) {
            FormErrors.show(failure, Map.of("reason", reason));
          }
        });
    hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout moderation = idea.isHidden() ? new HorizontalLayout(hide) : new HorizontalLayout(reason, hide);
    moderation.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    panel.add(new H3(getTranslation("ideas.staff.title")), next, response, apply,
        new Details(getTranslation("ideas.staff.merge"), mergeRow),
        new Details(getTranslation("ideas.staff.priority"), new VerticalLayout(score, priority)),
        moderation);
    panel.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)");
    return panel;
  }

  private Component comments() {
    VerticalLayout box = new VerticalLayout(new H3(getTranslation("ideas.comments")));
    box.setPadding(false);
    box.setId("idea-comments");
    List<Comment> all = ideas.comments(isStaff(), idea.getId());
    if (all.isEmpty()) {
      box.add(new Paragraph(getTranslation("ideas.comments.none")));
    }
    for (Comment c : all) {
      HorizontalLayout header = new HorizontalLayout(new Span(ideas.nameOf(c.getAuthorId())));
      header.getStyle().set("font-weight", "600");
      header.add(new Span(IdeaText.date(c.getCreatedAt(), getLocale())));
      if (c.isByStaff()) {
        header.add(badge("ideas.comment.staffBadge", "primary"));
      }
      if (c.isInternal()) {
        header.add(badge("ideas.comment.internalBadge", "contrast"));
      }
      if (c.isHidden()) {
        header.add(badge("ideas.comment.hidden", "error"));
      }
      if (isStaff()) {
        Button toggle = new Button(getTranslation(c.isHidden() ? "ideas.comment.unhide" : "ideas.comment.hide"), e -> act(() -> ideas.hideComment(c.getId(), !c.isHidden())));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        header.add(toggle);
      }
      Div comment = new Div(header, IdeaText.html("div", Markdown.toHtml(c.getBody())));
      comment.addClassName("idea-comment");
      if (c.isInternal()) {
        comment.addClassName("idea-comment-internal");
        comment.getStyle().set("background", "var(--lumo-contrast-5pct)");
      }
      box.add(comment);
    }
    if (me != null && idea.getMergedIntoId() == null) {
      TextArea body = new TextArea(getTranslation("ideas.comment.add"));
      body.setId("idea-comment-body");
      body.setWidthFull();
      body.setMaxLength(Comment.BODY_MAX_LENGTH);
      Checkbox internal = new Checkbox(getTranslation("ideas.comment.internal"));
      internal.setId("idea-comment-internal");
      internal.setVisible(isStaff());
      Button post = new Button(getTranslation("ideas.comment.post"), e -> {
        try {
          ideas.comment(me.id(), isStaff(), idea.getId(), new CommentForm(body.getValue(), internal.getValue()));
          render();
        } catch (RuntimeException failure) {
          FormErrors.show(failure, Map.of("body", body));
        }
      });
      post.setId("idea-comment-post");
      box.add(body, internal, post);
    }
    return box;
  }

  private Component history() {
    VerticalLayout box = new VerticalLayout();
    box.setPadding(false);
    for (IdeaHistoryEntry h : ideas.history(isStaff(), idea.getId())) {
      String what = switch (h.getKind()) {
        case STATUS -> getTranslation("ideas.history.STATUS", getTranslation("ideas.status." + h.getFromStatus().name()), getTranslation("ideas.status." + h.getToStatus().name()));
        case RESPONSE -> getTranslation("ideas.history.RESPONSE");
        case MERGED -> h.getToStatus() == IdeaStatus.MERGED
            ? getTranslation("ideas.history.MERGED.from", h.getOtherIdeaId())
            : getTranslation("ideas.history.MERGED.into", h.getOtherIdeaId());
        case UNMERGED -> getTranslation("ideas.history.UNMERGED", h.getOtherIdeaId());
      };
      Span line = new Span(IdeaText.date(h.getAt(), getLocale()) + " · " + what + (h.getNote() == null ? "" : ": " + h.getNote()));
      line.addClassName("idea-history-entry");
      box.add(line);
    }
    Details details = new Details(getTranslation("ideas.history"), box);
    details.setId("idea-history");
    return details;
  }

  private Span badge(String key, String theme) {
    Span badge = new Span(getTranslation(key));
    badge.getElement().getThemeList().add("badge " + theme);
    return badge;
  }

  /** Runs an action and shows the page again, or shows why it failed. */
  private void act(Runnable action) {
    try {
      action.run();
      idea = ideas.view(isStaff(), idea.getId());
      render();
    } catch (RuntimeException failure) {
      FormErrors.show(failure, Map.of());
    }
  }

  private boolean isStaff() {
    return me != null && me.isStaff();
  }

  private boolean isProductTeam() {
    return me != null && (me.hasRole(Role.PRODUCT_MANAGER) || me.hasRole(Role.ADMIN));
  }

  private boolean isAdmin() {
    return me != null && me.hasRole(Role.ADMIN);
  }

  @Override
  public String getPageTitle() {
    return idea == null ? getTranslation("ideas.notFound") : idea.getTitle();
  }
}
