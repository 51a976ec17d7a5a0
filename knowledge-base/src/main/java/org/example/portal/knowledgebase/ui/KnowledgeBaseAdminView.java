package org.example.portal.knowledgebase.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
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
import java.util.List;
import java.util.Map;
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
    Select<Category> parent = new Select<>();
    parent.setId("kb-category-parent");
    parent.setLabel(getTranslation("kb.parent"));
    parent.setEmptySelectionAllowed(true);
    parent.setEmptySelectionCaption(getTranslation("kb.noParent"));
    parent.setItemLabelGenerator(c -> c == null ? getTranslation("kb.noParent") : c.getName());
    Button add = new Button(getTranslation("kb.addCategory"), e -> {
      try {
        articles.createCategory(new CategoryForm(parent.getValue() == null ? null : parent.getValue().getId(), name.getValue(), null, categoryGrid.getListDataView().getItemCount()));
        name.clear();
        FormErrors.clear(Map.of("name", name, "parentId", parent));
        refresh();
        parent.setItems(articles.categories().stream().filter(c -> c.getParentId() == null).toList());
      } catch (RuntimeException failure) {
        FormErrors.show(failure, Map.of("name", name, "parentId", parent));
      }
    });
    add.setId("kb-category-add");
    parent.setItems(articles.categories().stream().filter(c -> c.getParentId() == null).toList());
    FlexLayout bar = new FlexLayout(name, parent, add);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    bar.getStyle().set("gap", "var(--lumo-space-m)");
    categoryGrid.setId("kb-categories");
    categoryGrid.setAllRowsVisible(true);
    categoryGrid.addColumn(Category::getName).setHeader(getTranslation("kb.name"));
    categoryGrid.addColumn(c -> c.getParentId() == null ? "" : categoryNames.getOrDefault(c.getParentId(), "")).setHeader(getTranslation("kb.parent"));
    categoryGrid.addColumn(Category::getPosition).setHeader(getTranslation("kb.position")).setAutoWidth(true).setFlexGrow(0);
    return new Div(bar, categoryGrid);
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
    List<Category> categories = articles.categories();
    categoryNames = categories.stream().collect(Collectors.toMap(Category::getId, Category::getName));
    categoryGrid.setItems(categories);
    articleGrid.setItems(articles.articles(statusFilter.getValue()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("kb.manage.title");
  }
}
