package org.example.portal.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.example.portal.core.text.Markdown;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.feedback.application.Board;
import org.example.portal.feedback.domain.Idea;
import org.example.portal.feedback.domain.IdeaHistoryEntry;
import org.example.portal.feedback.domain.IdeaStatus;

/** The public roadmap (planned, in progress, shipped) and the changelog of what shipped, with the announcements. */
@Route(value = "ideas/roadmap", layout = MainLayout.class)
@Menu(title = "menu.ideas.roadmap", order = 11, icon = "vaadin:road")
@AnonymousAllowed
public class RoadmapView extends Div implements HasDynamicTitle {

  private static final int PER_COLUMN = 30;
  private static final int CHANGELOG_ENTRIES = 30;

  @Inject
  public RoadmapView(Board board) {
    addClassName("portal-page");
    HorizontalLayout columns = new HorizontalLayout();
    columns.setWidthFull();
    columns.setId("roadmap");
    for (Map.Entry<IdeaStatus, List<Idea>> column : board.roadmap(null, PER_COLUMN).entrySet()) {
      columns.add(column(column.getKey(), column.getValue()));
    }
    add(new H2(getTranslation("ideas.roadmap.title")), new Paragraph(getTranslation("ideas.roadmap.intro")), columns, changelog(board));
  }

  private Component column(IdeaStatus status, List<Idea> ideas) {
    VerticalLayout column = new VerticalLayout(new H3(getTranslation("ideas.status." + status.name())));
    column.setId("roadmap-" + status.name().toLowerCase().replace('_', '-'));
    column.setPadding(false);
    column.setWidth("33%");
    if (ideas.isEmpty()) {
      column.add(new Paragraph(getTranslation("ideas.roadmap.empty")));
    }
    for (Idea idea : ideas) {
      Anchor link = new Anchor("ideas/" + idea.getId(), idea.getTitle());
      Span votes = new Span(getTranslation("ideas.votes") + ": " + idea.getVoteCount());
      votes.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
      Div card = new Div(link, new Div(votes));
      card.addClassName("roadmap-card");
      card.getStyle().set("padding", "var(--lumo-space-s)").set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)").set("width", "100%");
      column.add(card);
    }
    return column;
  }

  private Component changelog(Board board) {
    VerticalLayout log = new VerticalLayout(new H2(getTranslation("ideas.changelog.title")));
    log.setId("changelog");
    log.setPadding(false);
    List<IdeaHistoryEntry> shipped = board.changelog(0, CHANGELOG_ENTRIES);
    Map<Long, Idea> ideas = board.ideas(shipped.stream().map(IdeaHistoryEntry::getIdeaId).distinct().toList());
    boolean any = false;
    for (IdeaHistoryEntry entry : shipped) {
      Idea idea = ideas.get(entry.getIdeaId());
      if (idea == null || idea.isHidden()) {
        continue;
      }
      any = true;
      Div item = new Div(new H3(IdeaText.date(entry.getAt(), getLocale()) + " · " + idea.getTitle()));
      if (entry.getNote() != null) {
        item.add(IdeaText.html("div", Markdown.toHtml(entry.getNote())));
      }
      item.add(new Anchor("ideas/" + idea.getId(), getTranslation("ideas.votes") + ": " + idea.getVoteCount()));
      item.addClassName("changelog-entry");
      log.add(item);
    }
    if (!any) {
      log.add(new Paragraph(getTranslation("ideas.changelog.empty")));
    }
    return log;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("ideas.roadmap.title");
  }
}
