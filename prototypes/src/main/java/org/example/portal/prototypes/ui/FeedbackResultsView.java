package org.example.portal.prototypes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.prototypes.application.FeedbackResults;
import org.example.portal.prototypes.application.SampleProgramService;
import org.example.portal.prototypes.domain.QuestionKind;
import org.example.portal.prototypes.domain.SampleProgram;

/**
 * One program's feedback for the product team: response rate, overdue count, and per question the
 * average and a bar chart of the answers; free-text answers with search; CSV export.
 */
@Route(value = "staff/samples/:id([0-9]+)/results", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN, Role.Names.TRIAGE_LEAD})
public class FeedbackResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final SampleProgramService programs;
  private final FeedbackResults results;
  private SampleProgram program;
  private String title = "";

  @Inject
  public FeedbackResultsView(SampleProgramService programs, FeedbackResults results) {
    this.programs = programs;
    this.results = results;
    addClassName("portal-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      program = programs.program(Long.parseLong(event.getRouteParameters().get("id").orElseThrow()));
    } catch (NotFoundException e) {
      event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
      return;
    }
    render();
  }

  private void render() {
    removeAll();
    title = getTranslation("samples.results.title", program.displayName());
    FeedbackResults.Results r = results.results(program.getId());
    add(new H2(title));
    Div figures = SampleText.facts(
        getTranslation("samples.results.delivered"), String.valueOf(r.delivered()),
        getTranslation("samples.results.responded"), String.valueOf(r.responded()),
        getTranslation("samples.results.rate"), Math.round(r.responseRate() * 100) + " %",
        getTranslation("samples.results.overdue"), String.valueOf(r.overdue()));
    figures.setId("results-figures");
    byte[] csv = results.csv(program.getId()).getBytes(StandardCharsets.UTF_8);
    Anchor export = new Anchor(
        DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(csv), "sample-feedback-" + program.getId() + ".csv", "text/csv", csv.length)),
        getTranslation("samples.results.export"));
    export.setId("results-export");
    add(figures, export);

    for (FeedbackResults.QuestionResult q : r.questions()) {
      Div block = new Div();
      block.setId("results-q" + q.position());
      block.addClassName("sample-question-result");
      block.add(new H3(q.position() + ". " + q.text()));
      String summary = getTranslation("samples.results.answers", q.answers());
      if (q.average() != null) {
        summary += " · " + getTranslation("samples.results.average", String.format("%.2f", q.average()));
      }
      Paragraph line = new Paragraph(summary);
      line.addClassName("sample-question-summary");
      block.add(line);
      if (q.kind() == QuestionKind.TEXT) {
        block.add(textAnswers(q.position()));
      } else {
        block.add(chart(q.distribution()));
      }
      add(block);
    }
  }

  /** A horizontal bar per value, as wide as its share of the most frequent one. */
  private Div chart(Map<String, Long> distribution) {
    long max = Math.max(1, distribution.values().stream().mapToLong(Long::longValue).max().orElse(1));
    Div chart = new Div();
    chart.addClassName("sample-chart");
    distribution.forEach((value, count) -> {
      Span label = new Span(value);
      label.getStyle().set("min-width", "8em").set("display", "inline-block");
      Div bar = new Div();
      bar.getStyle().set("background", "var(--lumo-primary-color)").set("height", "0.9em").set("width", (count * 100 / max) * 0.6 + "%")
          .set("min-width", count > 0 ? "2px" : "0").set("display", "inline-block").set("margin", "0 var(--lumo-space-s)");
      FlexLayout row = new FlexLayout(label, bar, new Span(String.valueOf(count)));
      row.setAlignItems(FlexLayout.Alignment.CENTER);
      chart.add(row);
    });
    return chart;
  }

  private Div textAnswers(int position) {
    Div box = new Div();
    TextField search = new TextField();
    search.setPlaceholder(getTranslation("samples.results.search"));
    search.setId("results-search-" + position);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    UnorderedList list = new UnorderedList();
    list.setId("results-answers-" + position);
    Runnable fill = () -> {
      list.removeAll();
      results.textAnswers(program.getId(), position, search.getValue(), 0, FeedbackResults.TEXT_PAGE)
          .forEach(a -> list.add(new ListItem(a.text())));
    };
    search.addValueChangeListener(e -> fill.run());
    fill.run();
    box.add(search, list);
    return box;
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
