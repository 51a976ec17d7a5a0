package org.example.portal.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.feedback.application.Board;
import org.example.portal.feedback.application.BoardQuery;
import org.example.portal.feedback.application.IdeaService;
import org.example.portal.feedback.domain.Idea;
import org.example.portal.feedback.domain.IdeaStatus;

/**
 * The idea board: every visible idea, filtered by product area, status and tag, searched with highlighted
 * matches, sorted by trending, top voted or newest. Customers vote right from the list and find their own
 * and followed ideas in tabs. Paging is lazy, so the board stays fast with hundreds of thousands of ideas.
 */
@Route(value = "ideas", layout = MainLayout.class)
@Menu(title = "menu.ideas", order = 10, icon = "vaadin:lightbulb")
@AnonymousAllowed
public class IdeaBoardView extends Div implements HasDynamicTitle {

  /** How many ideas the board reads with its total: what the grid asks for first. */
  private static final int FIRST_PAGE = 50;

  private final Board board;
  private final IdeaService ideas;
  private final SignedInUser me = SignedInUser.current().orElse(null);
  private final Grid<Board.Entry> grid = new Grid<>();
  private final Select<Long> area = new Select<>();
  private final Select<IdeaStatus> status = new Select<>();
  private final TextField tag = new TextField();
  private final TextField search = new TextField();
  private final Select<BoardQuery.Sort> sort = new Select<>();
  private final Paragraph empty = new Paragraph();
  private Tab all;
  private Tab mine;
  private Tab following;
  private Tabs tabs;
  private Set<Long> voted = Set.of();

  @Inject
  public IdeaBoardView(Board board, IdeaService ideas, CatalogService catalog) {
    this.board = board;
    this.ideas = ideas;
    addClassName("portal-page");
    Map<Long, String> areas = catalog.areas().stream().collect(Collectors.toMap(ProductArea::getId, ProductArea::getName));

    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("ideas.board.title")));
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    if (me != null && me.hasRole(Role.CUSTOMER)) {
      Button propose = new Button(getTranslation("ideas.new"), VaadinIcon.PLUS.create(), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(NewIdeaView.class)));
      propose.setId("idea-new");
      propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      header.add(propose);
    }

    search.setId("idea-search");
    search.setPlaceholder(getTranslation("ideas.board.search"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setWidth("18em");

    area.setId("idea-area-filter");
    area.setLabel(getTranslation("ideas.area"));
    area.setItems(areas.keySet().stream().sorted((a, b) -> areas.get(a).compareToIgnoreCase(areas.get(b))).toList());
    area.setEmptySelectionAllowed(true);
    area.setEmptySelectionCaption(getTranslation("ideas.board.allAreas"));
    area.setItemLabelGenerator(id -> id == null ? getTranslation("ideas.board.allAreas") : areas.get(id));

    status.setId("idea-status-filter");
    status.setLabel(getTranslation("ideas.status"));
    status.setItems(List.of(IdeaStatus.NEW, IdeaStatus.UNDER_REVIEW, IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS, IdeaStatus.SHIPPED, IdeaStatus.DECLINED));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("ideas.board.allStatuses"));
    status.setItemLabelGenerator(s -> s == null ? getTranslation("ideas.board.allStatuses") : getTranslation("ideas.status." + s.name()));

    tag.setId("idea-tag-filter");
    tag.setLabel(getTranslation("ideas.board.tag"));
    tag.setClearButtonVisible(true);
    tag.setValueChangeMode(ValueChangeMode.LAZY);
    tag.setWidth("10em");

    sort.setId("idea-sort");
    sort.setLabel(getTranslation("ideas.board.sort"));
    sort.setItems(BoardQuery.Sort.TRENDING, BoardQuery.Sort.TOP, BoardQuery.Sort.NEWEST);
    sort.setItemLabelGenerator(s -> getTranslation("ideas.sort." + s.name()));
    sort.setValue(BoardQuery.Sort.TRENDING);

    HorizontalLayout filters = new HorizontalLayout(search, area, status, tag, sort);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
    filters.setWrap(true);

    all = new Tab(getTranslation("ideas.board.all"));
    tabs = new Tabs(all);
    if (me != null) {
      mine = new Tab(getTranslation("ideas.board.mine"));
      mine.setId("ideas-mine");
      following = new Tab(getTranslation("ideas.board.following"));
      following.setId("ideas-following");
      tabs.add(mine, following);
    }
    tabs.addSelectedChangeListener(e -> refresh());

    grid.setId("idea-board");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
    grid.addComponentColumn(this::votes).setHeader(getTranslation("ideas.votes")).setWidth("7em").setFlexGrow(0);
    grid.addComponentColumn(e -> summary(e, areas)).setHeader(getTranslation("ideas.title")).setFlexGrow(1);
    grid.addComponentColumn(e -> IdeaText.statusBadge(this, e.idea().getStatus())).setHeader(getTranslation("ideas.status")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(e -> e.idea().getCommentCount()).setHeader(getTranslation("ideas.comments")).setAutoWidth(true).setFlexGrow(0);
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(IdeaView.class, IdeaView.parameters(e.getItem().idea().getId()))));
    grid.setHeight("70vh");

    empty.setText(getTranslation("ideas.board.empty"));
    empty.setVisible(false);

    search.addValueChangeListener(e -> refresh());
    area.addValueChangeListener(e -> refresh());
    status.addValueChangeListener(e -> refresh());
    tag.addValueChangeListener(e -> refresh());
    sort.addValueChangeListener(e -> refresh());

    add(header, new Paragraph(getTranslation("ideas.board.intro")), filters, tabs, empty, grid);
    refresh();
  }

  private BoardQuery query() {
    Tab selected = tabs.getSelectedTab();
    Long author = selected != null && selected == mine ? me.id() : null;
    Long follower = selected != null && selected == following ? me.id() : null;
    Set<IdeaStatus> statuses = status.getValue() == null ? Set.of() : Set.of(status.getValue());
    return new BoardQuery(area.getValue(), statuses, tag.getValue(), search.getValue(), sort.getValue(), author, follower);
  }

  private void refresh() {
    BoardQuery query = query();
    boolean staff = me != null && me.isStaff();
    // The first page comes with the total: the grid's first fetch takes it from here instead of asking again (a
    // search would run twice otherwise); later fetches, such as the refresh after a vote, read afresh.
    Board.Page firstPage = board.page(query, staff, 0, FIRST_PAGE);
    AtomicReference<Board.Page> unused = new AtomicReference<>(firstPage);
    long total = firstPage.total();
    empty.setVisible(total == 0);
    grid.setVisible(total > 0);
    grid.setItems(
        q -> {
          Board.Page first = unused.getAndSet(null);
          List<Board.Entry> entries = first != null && q.getOffset() == 0 && (q.getLimit() <= first.entries().size() || first.entries().size() == total)
              ? first.entries().subList(0, Math.min(q.getLimit(), first.entries().size()))
              : board.page(query, staff, q.getOffset(), q.getLimit()).entries();
          if (me != null && me.hasRole(Role.CUSTOMER)) {
            voted = board.votedAmong(me.id(), entries.stream().map(e -> e.idea().getId()).toList());
          }
          return entries.stream();
        },
        q -> (int) Math.min(Integer.MAX_VALUE, total));
  }

  private VerticalLayout votes(Board.Entry entry) {
    Idea idea = entry.idea();
    Span count = new Span(String.valueOf(idea.getVoteCount()));
    count.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
    count.addClassName("idea-votes");
    VerticalLayout box = new VerticalLayout(count);
    box.setPadding(false);
    box.setSpacing(false);
    box.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.CENTER);
    if (me != null && me.hasRole(Role.CUSTOMER) && idea.getStatus().isOpen()) {
      boolean hasVoted = voted.contains(idea.getId());
      Button vote = new Button(getTranslation(hasVoted ? "ideas.voted" : "ideas.vote"));
      vote.addClassName("idea-vote");
      vote.addThemeVariants(ButtonVariant.LUMO_SMALL, hasVoted ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
      vote.addClickListener(e -> {
        try {
          Idea after = hasVoted ? ideas.unvote(me.id(), idea.getId()) : ideas.vote(me.id(), idea.getId());
          count.setText(String.valueOf(after.getVoteCount()));
          grid.getDataProvider().refreshAll();
        } catch (RuntimeException failure) {
          FormErrors.show(failure, Map.of());
        }
      });
      box.add(vote);
    }
    return box;
  }

  private VerticalLayout summary(Board.Entry entry, Map<Long, String> areas) {
    Idea idea = entry.idea();
    VerticalLayout box = new VerticalLayout();
    box.setPadding(false);
    box.setSpacing(false);
    var title = entry.titleHtml() != null ? IdeaText.html("strong", entry.titleHtml()) : new Span(idea.getTitle());
    title.getElement().getStyle().set("font-weight", "600");
    title.addClassName("idea-title");
    box.add(title);
    if (entry.snippetHtml() != null && !entry.snippetHtml().isBlank()) {
      var snippet = IdeaText.html("span", entry.snippetHtml());
      snippet.getElement().getStyle().set("font-size", "var(--lumo-font-size-s)");
      box.add(snippet);
    }
    Function<Long, String> areaName = id -> areas.getOrDefault(id, "");
    String tags = idea.getTags().isEmpty() ? "" : " · #" + String.join(" #", idea.getTags());
    Span meta = new Span(areaName.apply(idea.getAreaId()) + tags);
    meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    box.add(meta);
    return box;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("ideas.board.title");
  }
}
