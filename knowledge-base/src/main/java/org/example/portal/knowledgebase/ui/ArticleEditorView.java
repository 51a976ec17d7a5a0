package org.example.portal.knowledgebase.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.example.portal.core.account.domain.Role;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.example.portal.core.search.analysis.SearchAnalyzers;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.knowledgebase.application.ArticleForm;
import org.example.portal.knowledgebase.application.ArticleService;
import org.example.portal.knowledgebase.domain.Article;
import org.example.portal.knowledgebase.domain.ArticleStatus;
import org.example.portal.knowledgebase.domain.ArticleVersion;
import org.example.portal.knowledgebase.domain.Category;
import org.example.portal.core.text.Markdown;

/**
 * Writes one article: the Markdown draft beside a live preview, then publish, archive, or restore an older
 * published version. Without an id it starts a new article.
 */
@Route(value = "kb/manage/article", layout = MainLayout.class)
@RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class ArticleEditorView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final ArticleService articles;
  private final Select<Category> category = new Select<>();
  private final Select<String> language = new Select<>();
  private final TextField title = new TextField();
  private final TextArea body = new TextArea();
  private final Checkbox internal = new Checkbox();
  private final IntegerField position = new IntegerField();
  private final Div preview = new Div();
  private final Span status = new Span();
  private final Button publish = new Button();
  private final Button archive = new Button();
  private final Grid<ArticleVersion> versions = new Grid<>(ArticleVersion.class, false);
  private Article article;

  @Inject
  public ArticleEditorView(ArticleService articles) {
    this.articles = articles;
    addClassName("portal-page");
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
    article = id == null ? null : articles.article(id);
    removeAll();
    build();
  }

  private void build() {
    category.setId("kb-edit-category");
    category.setLabel(getTranslation("kb.category"));
    category.setItems(articles.categories());
    category.setItemLabelGenerator(Category::getName);
    language.setId("kb-edit-language");
    language.setLabel(getTranslation("kb.language"));
    language.setItems(SearchAnalyzers.LANGUAGES);
    language.setItemLabelGenerator(l -> getTranslation("kb.language." + l));
    language.setValue(getLocale().getLanguage().equals("uz") ? "uz" : "en");
    title.setId("kb-edit-title");
    title.setLabel(getTranslation("kb.title"));
    title.setMaxLength(Article.TITLE_MAX_LENGTH);
    body.setId("kb-edit-body");
    body.setLabel(getTranslation("kb.body"));
    body.setHelperText(getTranslation("kb.body.help"));
    body.setMaxLength(Article.BODY_MAX_LENGTH);
    body.setMinHeight("20em");
    body.setValueChangeMode(ValueChangeMode.TIMEOUT);
    body.addValueChangeListener(e -> showPreview());
    internal.setId("kb-edit-internal");
    internal.setLabel(getTranslation("kb.internal"));
    position.setId("kb-edit-position");
    position.setLabel(getTranslation("kb.position"));
    position.setMin(0);
    position.setValue(0);
    if (article != null) {
      // An article written through the API may use a language the list does not offer.
      if (!SearchAnalyzers.LANGUAGES.contains(article.getLanguage())) {
        language.setItems(java.util.stream.Stream.concat(SearchAnalyzers.LANGUAGES.stream(), java.util.stream.Stream.of(article.getLanguage())).toList());
      }
      articles.categories().stream().filter(c -> c.getId().equals(article.getCategoryId())).findFirst().ifPresent(category::setValue);
      language.setValue(article.getLanguage());
      title.setValue(article.getTitle());
      body.setValue(article.getBody());
      internal.setValue(article.isInternal());
      position.setValue(article.getPosition());
    }
    preview.setId("kb-preview");
    preview.getStyle().set("padding", "0 var(--lumo-space-m)").set("border-left", "2px solid var(--lumo-contrast-10pct)");
    showPreview();

    FormLayout form = new FormLayout(category, language, title, internal, position, body);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    form.setColspan(title, 2);
    form.setColspan(body, 2);
    FlexLayout editor = new FlexLayout(form, preview);
    editor.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    editor.getStyle().set("gap", "var(--lumo-space-l)");
    editor.setFlexBasis("26em", form, preview);
    editor.setFlexGrow(1, form, preview);

    Button save = new Button(getTranslation("kb.saveDraft"), e -> save());
    save.setId("kb-save");
    publish.setText(getTranslation("kb.publish"));
    publish.setId("kb-publish");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    publish.addClickListener(e -> {
      if (save()) {
        article = articles.publishArticle(article.getId(), SignedInUser.current().map(SignedInUser::id).orElse(null));
        notifyDone("kb.published");
      }
    });
    archive.setText(getTranslation("kb.archive"));
    archive.setId("kb-archive");
    archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
    archive.addClickListener(e -> {
      article = articles.archiveArticle(article.getId());
      notifyDone("kb.archived");
    });
    status.setId("kb-status");

    versions.setId("kb-versions");
    versions.setAllRowsVisible(true);
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
    versions.addColumn(ArticleVersion::getNumber).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    versions.addColumn(ArticleVersion::getTitle).setHeader(getTranslation("kb.title"));
    versions.addColumn(v -> format.format(v.getPublishedAt())).setHeader(getTranslation("kb.publishedAt")).setAutoWidth(true);
    versions.addComponentColumn(v -> {
      Button restore = new Button(getTranslation("kb.restore"), e -> {
        article = articles.restoreVersion(article.getId(), v.getNumber(), SignedInUser.current().map(SignedInUser::id).orElse(null));
        title.setValue(article.getTitle());
        body.setValue(article.getBody());
        notifyDone("kb.restored");
      });
      restore.setId("kb-restore-" + v.getNumber());
      restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      return restore;
    }).setAutoWidth(true).setFlexGrow(0);

    H2 heading = new H2(getTranslation(article == null ? "kb.newArticle" : "kb.editArticle"));
    add(new RouterLink(getTranslation("kb.manage.title"), KnowledgeBaseAdminView.class), heading, status, editor,
        new HorizontalLayout(save, publish, archive), new H3(getTranslation("kb.versions")), versions);
    refreshState();
  }

  private void showPreview() {
    preview.removeAll();
    preview.add(new H3(getTranslation("kb.preview")), Visitors.html("div", Markdown.toHtml(body.getValue())));
  }

  /** Saves the draft; false when the form shows why it could not. */
  private boolean save() {
    Map<String, HasValidation> fields = Map.of(
        "categoryId", category, "language", language, "title", title, "body", body, "position", position);
    ArticleForm form = new ArticleForm(
        category.getValue() == null ? null : category.getValue().getId(), language.getValue(), title.getValue(),
        body.getValue(), internal.getValue(), position.getValue());
    try {
      article = article == null ? articles.createArticle(form) : articles.updateArticle(article.getId(), form);
    } catch (RuntimeException failure) {
      FormErrors.show(failure, fields);
      return false;
    }
    FormErrors.clear(fields);
    refreshState();
    return true;
  }

  private void notifyDone(String key) {
    Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START);
    refreshState();
  }

  private void refreshState() {
    boolean exists = article != null;
    archive.setEnabled(exists && article.getStatus() != ArticleStatus.ARCHIVED);
    status.setText(exists
        ? getTranslation("kb.status." + article.getStatus().name().toLowerCase()) + (article.hasUnpublishedChanges() && article.getStatus() == ArticleStatus.PUBLISHED ? " · " + getTranslation("kb.unpublishedChanges") : "")
        : getTranslation("kb.status.new"));
    versions.setItems(exists ? articles.versions(article.getId()) : java.util.List.of());
    if (exists) {
      getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "kb/manage/article/" + article.getId()));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation(article == null ? "kb.newArticle" : "kb.editArticle");
  }
}
