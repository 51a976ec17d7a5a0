package org.example.portal.feedback.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.feedback.application.Board;
import org.example.portal.feedback.application.BoardQuery;
import org.example.portal.feedback.domain.Idea;
import org.example.portal.feedback.domain.IdeaStatus;

/**
 * The product team's desk: new ideas waiting for review per product area, oldest first; and the open ideas by
 * RICE score with weighted votes, impact and effort, exportable as CSV.
 */
@Route(value = "staff/ideas", layout = MainLayout.class)
@Menu(title = "menu.ideas.review", order = 50, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class ReviewQueueView extends Div implements HasDynamicTitle {

  private final Board board;
  private final Map<Long, String> areas;
  private final Select<Long> area = new Select<>();
  private final Tabs tabs = new Tabs();
  private final Tab queue = new Tab();
  private final Tab priorities = new Tab();
  private final Grid<Idea> grid = new Grid<>();
  private final Paragraph empty = new Paragraph();
  private final Anchor csv = new Anchor();

  @Inject
  public ReviewQueueView(Board board, CatalogService catalog) {
    this.board = board;
    this.areas = catalog.areas().stream().collect(Collectors.toMap(ProductArea::getId, ProductArea::getName));
    addClassName("portal-page");

    area.setId("review-area");
    area.setLabel(getTranslation("ideas.area"));
    area.setItems(areas.keySet().stream().sorted((a, b) -> areas.get(a).compareToIgnoreCase(areas.get(b))).toList());
    area.setEmptySelectionAllowed(true);
    area.setEmptySelectionCaption(getTranslation("ideas.board.allAreas"));
    area.setItemLabelGenerator(id -> id == null ? getTranslation("ideas.board.allAreas") : areas.get(id));
    area.addValueChangeListener(e -> refresh());

    queue.setLabel(getTranslation("ideas.review.queue"));
    queue.setId("review-queue");
    priorities.setLabel(getTranslation("ideas.review.priorities"));
    priorities.setId("review-priorities");
    tabs.add(queue, priorities);
    tabs.addSelectedChangeListener(e -> refresh());

    csv.setText(getTranslation("ideas.review.csv"));
    csv.setId("ideas-csv");

    grid.setId("review-grid");
    grid.addColumn(i -> "#" + i.getId()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(Idea::getTitle).setHeader(getTranslation("ideas.title")).setFlexGrow(1);
    grid.addColumn(i -> areas.getOrDefault(i.getAreaId(), "")).setHeader(getTranslation("ideas.area")).setAutoWidth(true);
    grid.addComponentColumn(i -> IdeaText.statusBadge(this, i.getStatus())).setHeader(getTranslation("ideas.status")).setAutoWidth(true);
    grid.addColumn(Idea::getVoteCount).setHeader(getTranslation("ideas.votes")).setAutoWidth(true);
    grid.addColumn(Idea::getWeightedVotes).setHeader(getTranslation("ideas.staff.weighted")).setAutoWidth(true);
    grid.addColumn(i -> i.priority().impact() == null ? "" : i.priority().impact().stripTrailingZeros().toPlainString()).setHeader(getTranslation("ideas.staff.impact")).setAutoWidth(true);
    grid.addColumn(i -> i.priority().effort() == null ? "" : i.priority().effort().stripTrailingZeros().toPlainString()).setHeader(getTranslation("ideas.staff.effort")).setAutoWidth(true);
    grid.addColumn(i -> i.getScore() == null ? "" : String.format(getLocale(), "%.1f", i.getScore())).setHeader(getTranslation("ideas.staff.score")).setAutoWidth(true);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(IdeaView.class, IdeaView.parameters(e.getItem().getId()))));
    grid.setHeight("65vh");

    empty.setText(getTranslation("ideas.review.empty"));
    HorizontalLayout bar = new HorizontalLayout(area, csv);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(new H2(getTranslation("ideas.review.title")), new Paragraph(getTranslation("ideas.review.intro")), bar, tabs, empty, grid);
    refresh();
  }

  private BoardQuery query() {
    if (tabs.getSelectedTab() == priorities) {
      return new BoardQuery(area.getValue(), Set.of(IdeaStatus.NEW, IdeaStatus.UNDER_REVIEW, IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS), null, null, BoardQuery.Sort.SCORE, null, null);
    }
    return new BoardQuery(area.getValue(), Set.of(IdeaStatus.NEW), null, null, BoardQuery.Sort.OLDEST, null, null);
  }

  private void refresh() {
    BoardQuery query = query();
    long total = board.page(query, true, 0, 1).total();
    empty.setVisible(total == 0);
    grid.setVisible(total > 0);
    grid.setItems(q -> board.page(query, true, q.getOffset(), q.getLimit()).entries().stream().map(Board.Entry::idea), q -> (int) Math.min(Integer.MAX_VALUE, total));
    csv.setHref(DownloadHandler.fromInputStream(event -> {
      byte[] bytes = board.csv(query, id -> areas.getOrDefault(id, "")).getBytes(StandardCharsets.UTF_8);
      return new DownloadResponse(new ByteArrayInputStream(bytes), "ideas.csv", "text/csv", bytes.length);
    }));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("ideas.review.title");
  }
}
