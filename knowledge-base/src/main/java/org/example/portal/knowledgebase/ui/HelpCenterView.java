package org.example.portal.knowledgebase.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.example.portal.core.search.SearchHit;
import org.example.portal.core.search.SearchResults;
import org.example.portal.core.search.analysis.SearchAnalyzers;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.knowledgebase.application.HelpCenter;
import org.example.portal.knowledgebase.application.Visitor;
import org.example.portal.knowledgebase.domain.Article;
import org.example.portal.knowledgebase.domain.Category;

/**
 * The help centre: search with suggestions while typing and highlighted results, and, before any search,
 * every category with its sections and articles.
 */
@Route(value = "help", layout = MainLayout.class)
@Menu(title = "menu.help", order = 20, icon = "vaadin:question-circle-o")
@AnonymousAllowed
public class HelpCenterView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private static final int PAGE = 10;

  private final HelpCenter help;
  private final Visitor visitor;
  private final TextField search = new TextField();
  private final Div suggestions = new Div();
  private final Select<Category> category = new Select<>();
  private final Select<String> language = new Select<>();
  private final Div results = new Div();
  private final Div browse = new Div();
  private final Button more = new Button();
  private int shown;

  @Inject
  public HelpCenterView(HelpCenter help) {
    this.help = help;
    this.visitor = Visitors.current();
    addClassName("portal-page");
    setId("help-center");

    search.setId("kb-search");
    search.setPlaceholder(getTranslation("kb.search.placeholder"));
    search.setAriaLabel(getTranslation("kb.search.placeholder"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setWidthFull();
    search.setMaxLength(org.example.portal.core.search.SearchQuery.MAX_TEXT_LENGTH);
    search.setValueChangeMode(ValueChangeMode.TIMEOUT);
    search.setValueChangeTimeout(150);
    search.addValueChangeListener(e -> showSuggestions(e.getValue()));
    search.addKeyPressListener(Key.ENTER, e -> runSearch());
    Button go = new Button(getTranslation("kb.search.submit"), e -> runSearch());
    go.setId("kb-search-submit");
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    List<Category> categories = help.categories();
    category.setId("kb-category-filter");
    category.setLabel(getTranslation("kb.category"));
    category.setItems(categories);
    category.setEmptySelectionAllowed(true);
    category.setEmptySelectionCaption(getTranslation("kb.allCategories"));
    category.setItemLabelGenerator(c -> c == null ? getTranslation("kb.allCategories") : c.getName());
    category.addValueChangeListener(e -> rerunIfSearching());
    language.setId("kb-language-filter");
    language.setLabel(getTranslation("kb.language"));
    language.setItems(SearchAnalyzers.LANGUAGES);
    language.setEmptySelectionAllowed(true);
    language.setEmptySelectionCaption(getTranslation("kb.allLanguages"));
    language.setItemLabelGenerator(l -> l == null ? getTranslation("kb.allLanguages") : getTranslation("kb.language." + l));
    language.addValueChangeListener(e -> rerunIfSearching());

    FlexLayout bar = new FlexLayout(search, go);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.getStyle().set("gap", "var(--lumo-space-s)");
    bar.setFlexGrow(1, search);
    FlexLayout filters = new FlexLayout(category, language);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.getStyle().set("gap", "var(--lumo-space-m)");

    suggestions.setId("kb-suggestions");
    suggestions.getStyle().set("display", "flex").set("flex-direction", "column");
    results.setId("kb-results");
    more.setText(getTranslation("kb.search.more"));
    more.setId("kb-more");
    more.setVisible(false);
    more.addClickListener(e -> showPage(shown));
    browse.setId("kb-browse");
    showCategories(categories);
    add(new H2(getTranslation("kb.help.title")), bar, suggestions, filters, results, more, browse);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(q -> {
      search.setValue(q);
      runSearch();
    });
  }

  private void showSuggestions(String typed) {
    suggestions.removeAll();
    if (typed == null || typed.isBlank()) {
      return;
    }
    help.suggest(visitor, typed).forEach(s -> {
      RouterLink link = new RouterLink(s.title(), ArticleView.class, Long.valueOf(s.id()));
      link.addClassName("kb-suggestion");
      suggestions.add(link);
    });
  }

  private void rerunIfSearching() {
    if (!search.getValue().isBlank()) {
      runSearch();
    }
  }

  private void runSearch() {
    suggestions.removeAll();
    results.removeAll();
    shown = 0;
    browse.setVisible(search.getValue().isBlank());
    if (!search.getValue().isBlank()) {
      showPage(0);
    }
  }

  private void showPage(int offset) {
    Long categoryId = category.getValue() == null ? null : category.getValue().getId();
    SearchResults page = help.search(visitor, search.getValue(), categoryId, language.getValue(), offset, PAGE);
    if (offset == 0) {
      if (page.correctedText() != null) {
        Paragraph corrected = new Paragraph(getTranslation("kb.search.corrected", page.correctedText()));
        corrected.setId("kb-corrected");
        results.add(corrected);
      }
      if (page.otherLanguages()) {
        results.add(new Paragraph(getTranslation("kb.search.otherLanguages")));
      }
      Paragraph count = new Paragraph(page.total() == 0
          ? getTranslation("kb.search.none") : getTranslation("kb.search.count", page.total()));
      count.setId("kb-result-count");
      results.add(count);
    }
    for (SearchHit hit : page.hits()) {
      results.add(hitCard(hit));
    }
    shown = offset + page.hits().size();
    more.setVisible(shown < page.total());
  }

  private Div hitCard(SearchHit hit) {
    RouterLink title = new RouterLink("", ArticleView.class, Long.valueOf(hit.id()));
    title.add(Visitors.html("span", hit.title()));
    title.addClassName("kb-hit-title");
    Div card = new Div(new H4(title), Visitors.html("div", hit.snippet()));
    card.addClassName("kb-hit");
    card.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    return card;
  }

  private void showCategories(List<Category> categories) {
    Map<Long, List<Article>> byCategory =
        help.articles(visitor, null).stream().collect(Collectors.groupingBy(Article::getCategoryId));
    browse.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
        .set("grid-template-columns", "repeat(auto-fit, minmax(260px, 1fr))");
    for (Category top : categories.stream().filter(c -> c.getParentId() == null).toList()) {
      Div card = new Div(new H3(top.getName()));
      card.addClassName("kb-category");
      card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
          .set("background", "var(--lumo-contrast-5pct)");
      if (top.getDescription() != null) {
        card.add(new Paragraph(top.getDescription()));
      }
      addLinks(card, byCategory.getOrDefault(top.getId(), List.of()));
      categories.stream().filter(c -> top.getId().equals(c.getParentId())).forEach(section -> {
        card.add(new H4(section.getName()));
        addLinks(card, byCategory.getOrDefault(section.getId(), List.of()));
      });
      browse.add(card);
    }
  }

  private static void addLinks(Div card, List<Article> articles) {
    articles.forEach(a -> {
      RouterLink link = new RouterLink(a.getPublishedTitle(), ArticleView.class, a.getId());
      link.getStyle().set("display", "block");
      card.add(link);
    });
  }

  @Override
  public String getPageTitle() {
    return getTranslation("kb.help.title");
  }
}
