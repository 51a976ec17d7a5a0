package org.example.portal.triage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.example.portal.core.submission.RelatedContent;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.triage.application.Directory;
import org.example.portal.triage.application.DuplicateService;
import org.example.portal.triage.application.InboxService;
import org.example.portal.triage.application.Viewer;
import org.example.portal.triage.domain.InboxItem;
import org.example.portal.triage.domain.LinkType;

/**
 * One inbox item in detail, with what may duplicate it: its links to other items (with who made them, and
 * unlink), the items of any kind that read alike and help-centre articles on the subject. Similar items are
 * linked as related or duplicate, or merged either way where the owning module merges those kinds.
 */
class ItemDetails extends Dialog {

  private static final String SECONDARY = "font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

  private final InboxService inbox;
  private final DuplicateService duplicates;
  private final Directory directory;
  private final Viewer viewer;
  private final Runnable changed;
  private final long itemId;
  private final Div body = new Div();

  ItemDetails(InboxService inbox, DuplicateService duplicates, Directory directory, Viewer viewer, long itemId, Runnable changed) {
    this.inbox = inbox;
    this.duplicates = duplicates;
    this.directory = directory;
    this.viewer = viewer;
    this.itemId = itemId;
    this.changed = changed;
    setId("item-details");
    setWidth("min(60rem, 95vw)");
    Button close = new Button(getTranslation("triage.details.close"), e -> close());
    close.setId("item-details-close");
    getFooter().add(close);
    add(body);
    show();
  }

  private void show() {
    body.removeAll();
    InboxItem item = inbox.item(viewer, itemId);
    setHeaderTitle(item.getTitle());
    Anchor open = new Anchor(item.link(), getTranslation("triage.open"));
    open.setId("item-details-open");
    Span state = new Span(item.getStatus() + (item.isClosed() ? " · " + getTranslation("triage.state.CLOSED") : ""));
    state.setId("item-details-status");
    body.add(row(badge(item.getKind()), state, open), new Paragraph(item.getSummary()));
    body.add(links(), similar(item));
  }

  private Component links() {
    Div section = new Div(new H3(getTranslation("triage.links")));
    section.setId("links-list");
    List<DuplicateService.Linked> links = duplicates.linksOf(viewer, itemId);
    if (links.isEmpty()) {
      section.add(secondary(getTranslation("triage.links.none")));
    }
    Map<Long, String> people = directory.people(links.stream().map(l -> l.link().getLinkedBy()).toList());
    for (DuplicateService.Linked linked : links) {
      InboxItem other = linked.other();
      Anchor title = new Anchor(other.link(), other.getTitle());
      String how = linked.link().isMerge()
          ? getTranslation(linked.link().merged(itemId) ? "triage.link.mergedInto" : "triage.link.mergedHere")
          : getTranslation("triage.link." + linked.link().getType().name());
      String by = getTranslation("triage.link.by", people.getOrDefault(linked.link().getLinkedBy(), "#" + linked.link().getLinkedBy()),
          WHEN.withLocale(getLocale()).format(linked.link().getLinkedAt()));
      FlexLayout row = row(badge(other.getKind()), title, new Span(how), secondary(by));
      row.setId("link-" + other.getId());
      if (!linked.link().isMerge()) {
        Button unlink = new Button(getTranslation("triage.unlink"), e -> act(() -> duplicates.unlinkItems(viewer, itemId, other.getId()), "triage.unlinked"));
        unlink.setId("unlink-" + other.getId());
        unlink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(unlink);
      }
      section.add(row);
    }
    return section;
  }

  private Component similar(InboxItem item) {
    Div section = new Div(new H3(getTranslation("triage.similar")));
    section.setId("similar-list");
    DuplicateService.Similar similar = duplicates.similarItems(viewer, item.getId(), DuplicateService.DEFAULT_SIMILAR);
    if (similar.items().isEmpty() && similar.content().isEmpty()) {
      section.add(secondary(getTranslation("triage.similar.none")));
    }
    for (DuplicateService.SimilarItem s : similar.items()) {
      InboxItem other = s.item();
      Anchor title = new Anchor(other.link(), other.getTitle());
      FlexLayout row = row(badge(other.getKind()), title, secondary(other.getStatus()));
      row.setId("similar-" + other.getId());
      row.add(small("similar-related-" + other.getId(), "triage.link.as.RELATED", () -> duplicates.linkItems(viewer, itemId, other.getId(), LinkType.RELATED), "triage.linked"));
      row.add(small("similar-duplicate-" + other.getId(), "triage.link.as.DUPLICATE", () -> duplicates.linkItems(viewer, itemId, other.getId(), LinkType.DUPLICATE), "triage.linked"));
      if (s.mergeInto()) {
        row.add(small("similar-merge-into-" + other.getId(), "triage.merge.into", () -> duplicates.mergeItems(viewer, itemId, other.getId()), "triage.merged"));
      }
      if (s.mergeHere()) {
        row.add(small("similar-merge-here-" + other.getId(), "triage.merge.here", () -> duplicates.mergeItems(viewer, other.getId(), itemId), "triage.merged"));
      }
      section.add(row);
    }
    for (RelatedContent.Piece piece : similar.content()) {
      Anchor title = new Anchor(piece.link(), piece.title());
      FlexLayout row = row(badge(piece.kind()), title);
      row.setId("related-" + piece.kind() + "-" + piece.id());
      section.add(row);
    }
    return section;
  }

  private Button small(String id, String label, Runnable action, String done) {
    Button button = new Button(getTranslation(label), e -> act(action, done));
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return button;
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      Notification.show(getTranslation(done), 3000, Notification.Position.BOTTOM_START);
      changed.run();
      show();
    } catch (RuntimeException failure) {
      FormErrors.show(failure, Map.of());
    }
  }

  private Span badge(String kind) {
    Span badge = new Span(getTranslation("triage.kind." + kind));
    badge.getElement().getThemeList().add("badge");
    return badge;
  }

  private static Span secondary(String text) {
    Span span = new Span(text);
    span.getElement().setAttribute("style", SECONDARY);
    return span;
  }

  private static FlexLayout row(Component... components) {
    FlexLayout row = new FlexLayout(components);
    row.setAlignItems(FlexLayout.Alignment.BASELINE);
    row.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap").set("margin-block", "var(--lumo-space-xs)");
    return row;
  }
}
