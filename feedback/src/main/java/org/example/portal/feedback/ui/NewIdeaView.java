package org.example.portal.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.search.SearchHit;
import org.example.portal.core.text.Markdown;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.feedback.application.Board;
import org.example.portal.feedback.application.IdeaForm;
import org.example.portal.feedback.application.IdeaService;
import org.example.portal.feedback.domain.Idea;

/**
 * Proposing an idea. While the customer types the title, the ideas most like it appear underneath with a
 * vote button, so they can back an existing idea instead of posting a duplicate.
 */
@Route(value = "ideas/new", layout = MainLayout.class)
@RolesAllowed(Role.Names.CUSTOMER)
public class NewIdeaView extends Div implements HasDynamicTitle {

  private static final int SUGGESTIONS = 5;

  private final Board board;
  private final IdeaService ideas;
  private final long me = SignedInUser.current().orElseThrow().id();
  private final TextField title = new TextField();
  private final TextArea description = new TextArea();
  private final Select<Long> area = new Select<>();
  private final TextField tags = new TextField();
  private final VerticalLayout similar = new VerticalLayout();
  private List<String> shownIds = List.of();

  @Inject
  public NewIdeaView(Board board, IdeaService ideas, CatalogService catalog) {
    this.board = board;
    this.ideas = ideas;
    addClassName("portal-page");
    Map<Long, String> areas = catalog.areas().stream().collect(Collectors.toMap(ProductArea::getId, ProductArea::getName));

    title.setId("idea-title");
    title.setLabel(getTranslation("ideas.title"));
    title.setHelperText(getTranslation("ideas.title.help", Idea.TITLE_MAX_LENGTH));
    title.setMaxLength(Idea.TITLE_MAX_LENGTH);
    title.setWidthFull();
    title.setValueChangeMode(ValueChangeMode.TIMEOUT);
    title.setValueChangeTimeout(250);
    title.addValueChangeListener(e -> suggest());

    similar.setId("idea-similar");
    similar.setPadding(false);
    similar.setSpacing(false);
    similar.setVisible(false);

    area.setId("idea-area");
    area.setLabel(getTranslation("ideas.area"));
    area.setItems(areas.keySet().stream().sorted((a, b) -> areas.get(a).compareToIgnoreCase(areas.get(b))).toList());
    area.setItemLabelGenerator(areas::get);
    area.addValueChangeListener(e -> suggest());

    description.setId("idea-description");
    description.setLabel(getTranslation("ideas.description"));
    description.setHelperText(getTranslation("ideas.description.help"));
    description.setMaxLength(Idea.DESCRIPTION_MAX_LENGTH);
    description.setWidthFull();
    description.setMinHeight("10em");
    Div preview = new Div();
    Details previewBox = new Details(getTranslation("ideas.preview"), preview);
    previewBox.addOpenedChangeListener(e -> {
      preview.removeAll();
      preview.add(IdeaText.html("div", Markdown.toHtml(description.getValue())));
    });

    tags.setId("idea-tags");
    tags.setLabel(getTranslation("ideas.tags"));
    tags.setHelperText(getTranslation("ideas.tags.help"));

    Button submit = new Button(getTranslation("ideas.submit"), e -> submit());
    submit.setId("idea-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    VerticalLayout form = new VerticalLayout(title, similar, area, description, previewBox, tags, submit);
    form.setPadding(false);
    form.setMaxWidth("48em");
    add(new H2(getTranslation("ideas.new")), form);
  }

  private void suggest() {
    List<SearchHit> hits = board.similar(title.getValue(), area.getValue(), SUGGESTIONS);
    Map<Long, Idea> found = board.ideas(hits.stream().map(h -> Long.valueOf(h.id())).toList());
    List<SearchHit> shown = hits.stream().filter(h -> found.containsKey(Long.valueOf(h.id()))).toList();
    List<String> ids = shown.stream().map(SearchHit::id).toList();
    if (ids.equals(shownIds)) {
      // The same ideas as a moment ago: the list stays put under the customer's pointer.
      return;
    }
    shownIds = ids;
    similar.removeAll();
    similar.setVisible(!shown.isEmpty());
    if (shown.isEmpty()) {
      return;
    }
    similar.add(new H4(getTranslation("ideas.similar.title")));
    var voted = board.votedAmong(me, found.keySet().stream().toList());
    for (SearchHit hit : shown) {
      Idea idea = found.get(Long.valueOf(hit.id()));
      var link = IdeaText.html("a", hit.title());
      link.getElement().setAttribute("href", "ideas/" + idea.getId());
      link.addClassName("similar-idea-title");
      Span votes = new Span(getTranslation("ideas.votes") + ": " + idea.getVoteCount());
      votes.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
      HorizontalLayout row = new HorizontalLayout(link, IdeaText.statusBadge(this, idea.getStatus()), votes);
      row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
      row.addClassName("similar-idea");
      if (idea.getStatus().isOpen()) {
        boolean already = voted.contains(idea.getId());
        Button vote = new Button(getTranslation(already ? "ideas.voted" : "ideas.vote"));
        vote.addClassName("similar-idea-vote");
        vote.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        vote.setEnabled(!already);
        vote.addClickListener(e -> {
          try {
            ideas.vote(me, idea.getId());
            getUI().ifPresent(ui -> ui.navigate(IdeaView.class, IdeaView.parameters(idea.getId())));
          } catch (RuntimeException failure) {
            FormErrors.show(failure, Map.of());
          }
        });
        row.add(vote);
      }
      similar.add(row);
    }
  }

  private void submit() {
    List<String> tagList = Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    try {
      Idea idea = ideas.submit(me, new IdeaForm(title.getValue(), description.getValue(), area.getValue(), tagList));
      Notification.show(getTranslation("ideas.submitted"));
      getUI().ifPresent(ui -> ui.navigate(IdeaView.class, IdeaView.parameters(idea.getId())));
    } catch (RuntimeException failure) {
      FormErrors.show(failure, Map.of("title", title, "description", description, "areaId", area, "tags", tags));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("ideas.new");
  }
}
