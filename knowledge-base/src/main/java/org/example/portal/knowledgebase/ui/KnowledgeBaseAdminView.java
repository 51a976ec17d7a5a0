package org.example.portal.knowledgebase.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.search.RebuildProgress;
import org.example.portal.core.search.SearchMaintenance;
import org.example.portal.core.search.analysis.SearchAnalyzers;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.knowledgebase.application.ArticleImport;
import org.example.portal.knowledgebase.application.ArticleService;
import org.example.portal.knowledgebase.application.CategoryForm;
import org.example.portal.knowledgebase.application.CategoryOrder;
import org.example.portal.knowledgebase.application.SearchAnalytics;
import org.example.portal.knowledgebase.domain.Article;
import org.example.portal.knowledgebase.domain.ArticleStatus;
import org.example.portal.knowledgebase.domain.Category;
import org.example.portal.knowledgebase.infrastructure.ArticleIndex;

/**
 * Staff's desk for the knowledge base: every article with its state, categories, bulk import with progress
 * and a report of skipped files, search analytics, and the search index.
 */
@Route(value = "kb/manage", layout = MainLayout.class)
@Menu(title = "menu.kb.manage", order = 60, icon = "vaadin:book")
@RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class KnowledgeBaseAdminView extends Div implements HasDynamicTitle {

  private final ArticleService articles;
  private final ArticleImport imports;
  private final SearchAnalytics analytics;
  private final SearchMaintenance search;
  private final Grid<Article> articleGrid = new Grid<>(Article.class, false);
  private final Select<ArticleStatus> statusFilter = new Select<>();
  private final Grid<Category> categoryGrid = new Grid<>(Category.class, false);
  private final Select<Category> parentChoice = new Select<>();
  private List<Category> categories = List.of();
  private Map<Long, String> categoryNames = Map.of();

  @Inject
  public KnowledgeBaseAdminView(ArticleService articles, ArticleImport imports, SearchAnalytics analytics, SearchMaintenance search) {
    this.articles = articles;
    this.imports = imports;
    this.analytics = analytics;
    this.search = search;
    addClassName("portal-page");
    TabSheet tabs = new TabSheet();
    tabs.setId("kb-manage-tabs");
    tabs.setWidthFull();
    tabs.add(getTranslation("kb.manage.articles"), articlesTab());
    tabs.add(getTranslation("kb.manage.categories"), categoriesTab());
    tabs.add(getTranslation("kb.manage.import"), importTab());
    tabs.add(getTranslation("kb.manage.analytics"), analyticsTab());
    if (SignedInUser.current().map(u -> u.hasRole(Role.ADMIN)).orElse(false)) {
      tabs.add(getTranslation("kb.manage.index"), indexTab());
    }
    add(new H2(getTranslation("kb.manage.title")), tabs);
    refresh();
  }

  private Div articlesTab() {
    RouterLink create = new RouterLink(getTranslation("kb.newArticle"), ArticleEditorView.class);
    create.setId("kb-new-article");
    statusFilter.setId("kb-status-filter");
    statusFilter.setLabel(getTranslation("kb.status"));
    statusFilter.setItems(ArticleStatus.values());
    statusFilter.setEmptySelectionAllowed(true);
    statusFilter.setEmptySelectionCaption(getTranslation("kb.allStatuses"));
    statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("kb.allStatuses") : getTranslation("kb.status." + s.name().toLowerCase()));
    statusFilter.addValueChangeListener(e -> refresh());
    FlexLayout bar = new FlexLayout(statusFilter, create);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.getStyle().set("gap", "var(--lumo-space-l)");
    articleGrid.setId("kb-articles");
    articleGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    articleGrid.setHeight("60vh");
    articleGrid.addComponentColumn(a -> new RouterLink(a.getTitle(), ArticleEditorView.class, a.getId())).setHeader(getTranslation("kb.title")).setFlexGrow(1);
    articleGrid.addColumn(a -> categoryNames.getOrDefault(a.getCategoryId(), "")).setHeader(getTranslation("kb.category")).setAutoWidth(true);
    articleGrid.addColumn(Article::getLanguage).setHeader(getTranslation("kb.language")).setAutoWidth(true).setFlexGrow(0);
    articleGrid.addColumn(a -> getTranslation("kb.status." + a.getStatus().name().toLowerCase())
        + (a.isInternal() ? " · " + getTranslation("kb.internal") : "")).setHeader(getTranslation("kb.status")).setAutoWidth(true);
    articleGrid.addColumn(Article::getViews).setHeader(getTranslation("kb.views")).setAutoWidth(true).setFlexGrow(0);
    articleGrid.addColumn(a -> a.getHelpfulYes() + " / " + a.getHelpfulNo()).setHeader(getTranslation("kb.helpfulness")).setAutoWidth(true).setFlexGrow(0);
    return new Div(bar, articleGrid);
  }

  private Div categoriesTab() {
    TextField name = new TextField(getTranslation("kb.name"));
    name.setId("kb-category-name");
    name.setMaxLength(Category.NAME_MAX_LENGTH);
    parentChoice.setId("kb-category-parent");
    parentChoice.setLabel(getTranslation("kb.parent"));
    parentChoice.setEmptySelectionAllowed(true);
    parentChoice.setEmptySelectionCaption(getTranslation("kb.noParent"));
    parentChoice.setItemLabelGenerator(c -> c == null ? getTranslation("kb.noParent") : c.getName());
    Button add = new Button(getTranslation("kb.addCategory"), e -> {
      try {
        // Without a position the new one goes after its siblings.
        articles.createCategory(new CategoryForm(parentChoice.getValue() == null ? null : parentChoice.getValue().getId(), name.getValue(), null, null));
        name.clear();
        FormErrors.clear(Map.of("name", name, "parentId", parentChoice));
        refresh();
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of("name", name, "parentId", parentChoice));
      }
    });
    add.setId("kb-category-add");
    FlexLayout bar = new FlexLayout(name, parentChoice, add);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    bar.getStyle().set("gap", "var(--lumo-space-m)");
    categoryGrid.setId("kb-categories");
    categoryGrid.setAllRowsVisible(true);
    categoryGrid.addComponentColumn(c -> {
      Span label = new Span(c.getName());
      if (c.getParentId() != null) {
        label.getStyle().set("padding-inline-start", "var(--lumo-space-l)");
      }
      return label;
    }).setHeader(getTranslation("kb.name")).setFlexGrow(1);
    categoryGrid.addColumn(c -> c.getParentId() == null ? "" : categoryNames.getOrDefault(c.getParentId(), "")).setHeader(getTranslation("kb.parent"));
    categoryGrid.addComponentColumn(this::categoryActions).setAutoWidth(true).setFlexGrow(0);
    return new Div(new Paragraph(getTranslation("kb.categories.help")), bar, categoryGrid);
  }

  /** Up and down among its siblings (the order readers see), and renaming. */
  private HorizontalLayout categoryActions(Category category) {
    List<Long> siblings = siblingIds(category);
    int at = siblings.indexOf(category.getId());
    Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(category, at, at - 1));
    up.setAriaLabel(getTranslation("kb.moveUp"));
    up.setTooltipText(getTranslation("kb.moveUp"));
    up.setId("kb-category-up-" + category.getId());
    up.setEnabled(at > 0);
    Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(category, at, at + 1));
    down.setAriaLabel(getTranslation("kb.moveDown"));
    down.setTooltipText(getTranslation("kb.moveDown"));
    down.setId("kb-category-down-" + category.getId());
    down.setEnabled(at < siblings.size() - 1);
    Button rename = new Button(getTranslation("kb.rename"), e -> rename(category));
    rename.setId("kb-category-rename-" + category.getId());
    for (Button b : List.of(up, down, rename)) {
      b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    }
    return new HorizontalLayout(up, down, rename);
  }

  private List<Long> siblingIds(Category category) {
    return categories.stream().filter(c -> Objects.equals(c.getParentId(), category.getParentId())).map(Category::getId).toList();
  }

  private void move(Category category, int from, int to) {
    List<Long> order = new ArrayList<>(siblingIds(category));
    Collections.swap(order, from, to);
    try {
      articles.reorderCategories(new CategoryOrder(category.getParentId(), order));
    } catch (RuntimeException failure) {
      // Someone else changed the categories meanwhile: the refresh below shows their order.
      FormErrors.show(failure, Map.of());
    }
    refresh();
  }

  private void rename(Category category) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("kb.renameCategory", category.getName()));
    TextField name = new TextField(getTranslation("kb.name"));
    name.setId("kb-category-new-name");
    name.setMaxLength(Category.NAME_MAX_LENGTH);
    name.setValue(category.getName());
    name.setWidthFull();
    TextArea description = new TextArea(getTranslation("kb.description"));
    description.setId("kb-category-description");
    description.setMaxLength(Category.DESCRIPTION_MAX_LENGTH);
    description.setValue(category.getDescription() == null ? "" : category.getDescription());
    description.setWidthFull();
    Button save = new Button(getTranslation("kb.save"), e -> {
      try {
        articles.updateCategory(category.getId(), new CategoryForm(category.getParentId(), name.getValue(),
            description.getValue().isBlank() ? null : description.getValue(), category.getPosition()));
        dialog.close();
        refresh();
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of("name", name, "description", description));
      }
    });
    save.setId("kb-category-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(name, description);
    dialog.getFooter().add(new Button(getTranslation("kb.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  private Div importTab() {
    Select<Category> category = new Select<>();
    category.setId("kb-import-category");
    category.setLabel(getTranslation("kb.category"));
    category.setItems(articles.categories());
    category.setItemLabelGenerator(Category::getName);
    Select<String> language = new Select<>();
    language.setId("kb-import-language");
    language.setLabel(getTranslation("kb.language"));
    language.setItems(SearchAnalyzers.LANGUAGES);
    language.setItemLabelGenerator(l -> getTranslation("kb.language." + l));
    language.setValue("en");
    Checkbox publish = new Checkbox(getTranslation("kb.import.publish"));
    publish.setId("kb-import-publish");
    ProgressBar progress = new ProgressBar();
    progress.setId("kb-import-progress");
    progress.setVisible(false);
    Paragraph progressText = new Paragraph();
    Div report = new Div();
    report.setId("kb-import-report");
    UI ui = UI.getCurrent();
    Long importer = SignedInUser.current().map(SignedInUser::id).orElse(null);
    Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
      report.removeAll();
      if (category.getValue() == null) {
        Notification.show(getTranslation("kb.import.chooseCategory"));
        return;
      }
      List<ArticleImport.Entry> entries;
      try {
        entries = metadata.fileName().toLowerCase().endsWith(".zip")
            ? ArticleImport.readZip(new ByteArrayInputStream(data))
            : List.of(new ArticleImport.Entry(metadata.fileName(), data));
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of());
        return;
      }
      progress.setVisible(true);
      progress.setValue(0);
      var options = new ArticleImport.Options(category.getValue().getId(), language.getValue(), publish.getValue(), false, importer);
      imports.start(entries, options, p -> ui.access(() -> {
        progress.setValue(p.total() == 0 ? 1 : (double) p.done() / p.total());
        progressText.setText(getTranslation("kb.import.progress", p.done(), p.total()));
      })).whenComplete((result, failure) -> ui.access(() -> {
        progress.setVisible(false);
        showReport(report, result, failure);
        refresh();
      }));
    })));
    upload.setId("kb-import-upload");
    upload.setAcceptedFileTypes(".zip", ".md", ".markdown", ".html", ".htm");
    upload.setMaxFileSize(50 * 1024 * 1024);
    FlexLayout options = new FlexLayout(category, language, publish);
    options.setAlignItems(FlexComponent.Alignment.BASELINE);
    options.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    options.getStyle().set("gap", "var(--lumo-space-m)");
    return new Div(new Paragraph(getTranslation("kb.import.help")), options, upload, progress, progressText, report);
  }

  private void showReport(Div report, ArticleImport.Report result, Throwable failure) {
    report.removeAll();
    if (failure != null) {
      report.add(new Paragraph(getTranslation("kb.import.failed")));
      return;
    }
    Paragraph summary = new Paragraph(getTranslation("kb.import.done", result.imported(), result.skipped().size()));
    summary.setId("kb-import-summary");
    report.add(summary);
    if (!result.skipped().isEmpty()) {
      Grid<ArticleImport.Skipped> skipped = new Grid<>(ArticleImport.Skipped.class, false);
      skipped.setId("kb-import-skipped");
      skipped.setAllRowsVisible(true);
      skipped.addColumn(ArticleImport.Skipped::file).setHeader(getTranslation("kb.import.file"));
      skipped.addColumn(ArticleImport.Skipped::reason).setHeader(getTranslation("kb.import.reason"));
      skipped.setItems(result.skipped());
      report.add(skipped);
    }
  }

  private Div analyticsTab() {
    var report = analytics.report(Duration.ofDays(30));
    Grid<SearchAnalytics.QueryCount> top = queryGrid("kb-top-queries", report.topQueries());
    Grid<SearchAnalytics.QueryCount> none = queryGrid("kb-zero-queries", report.zeroResultQueries());
    Grid<Article> unhelpful = new Grid<>(Article.class, false);
    unhelpful.setId("kb-not-helpful");
    unhelpful.setAllRowsVisible(true);
    unhelpful.addComponentColumn(a -> new RouterLink(a.getTitle(), ArticleEditorView.class, a.getId())).setHeader(getTranslation("kb.title"));
    unhelpful.addColumn(Article::getHelpfulNo).setHeader(getTranslation("kb.notHelpful")).setAutoWidth(true).setFlexGrow(0);
    unhelpful.addColumn(Article::getHelpfulYes).setHeader(getTranslation("kb.helpful")).setAutoWidth(true).setFlexGrow(0);
    unhelpful.setItems(report.mostNotHelpful());
    return new Div(new Paragraph(getTranslation("kb.analytics.period")),
        new H3(getTranslation("kb.analytics.top")), top,
        new H3(getTranslation("kb.analytics.zero")), none,
        new H3(getTranslation("kb.analytics.notHelpful")), unhelpful);
  }

  private Grid<SearchAnalytics.QueryCount> queryGrid(String id, List<SearchAnalytics.QueryCount> rows) {
    Grid<SearchAnalytics.QueryCount> grid = new Grid<>(SearchAnalytics.QueryCount.class, false);
    grid.setId(id);
    grid.setAllRowsVisible(true);
    grid.addColumn(SearchAnalytics.QueryCount::query).setHeader(getTranslation("kb.analytics.query"));
    grid.addColumn(SearchAnalytics.QueryCount::searches).setHeader(getTranslation("kb.analytics.searches")).setAutoWidth(true).setFlexGrow(0);
    grid.setItems(rows);
    return grid;
  }

  private Div indexTab() {
    ProgressBar bar = new ProgressBar();
    bar.setId("kb-rebuild-progress");
    Paragraph text = new Paragraph();
    Button rebuild = new Button(getTranslation("kb.index.rebuild"));
    rebuild.setId("kb-rebuild");
    rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    UI ui = UI.getCurrent();
    rebuild.addClickListener(e -> {
      search.rebuild(ArticleIndex.CONTEXT);
      rebuild.setEnabled(false);
      // Polls the background rebuild over the push channel until it reports that it has finished.
      ui.setPollInterval(500);
      var registration = new com.vaadin.flow.shared.Registration[1];
      registration[0] = ui.addPollListener(poll -> {
        RebuildProgress p = search.progress(ArticleIndex.CONTEXT);
        bar.setValue(p.fraction());
        text.setText(getTranslation("kb.index.progress", p.done(), p.total()));
        if (p.finished()) {
          ui.setPollInterval(-1);
          registration[0].remove();
          rebuild.setEnabled(true);
        }
      });
    });
    Button reconcile = new Button(getTranslation("kb.index.reconcile"), e -> {
      var report = search.reconcile(ArticleIndex.CONTEXT);
      text.setText(getTranslation("kb.index.reconciled", report.indexed(), report.removed()));
    });
    reconcile.setId("kb-reconcile");
    return new Div(new Paragraph(getTranslation("kb.index.help")), new FlexLayout(rebuild, reconcile), bar, text);
  }

  private void refresh() {
    categories = articles.categories();
    categoryNames = categories.stream().collect(Collectors.toMap(Category::getId, Category::getName));
    List<Category> tops = categories.stream().filter(c -> c.getParentId() == null).toList();
    // Each category followed by its sections, both in the order readers see them.
    List<Category> tree = new ArrayList<>();
    tops.forEach(top -> {
      tree.add(top);
      categories.stream().filter(c -> top.getId().equals(c.getParentId())).forEach(tree::add);
    });
    categoryGrid.setItems(tree);
    Category chosen = parentChoice.getValue();
    parentChoice.setItems(tops);
    if (chosen != null) {
      tops.stream().filter(c -> c.getId().equals(chosen.getId())).findFirst().ifPresent(parentChoice::setValue);
    }
    articleGrid.setItems(articles.articles(statusFilter.getValue()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("kb.manage.title");
  }
}
