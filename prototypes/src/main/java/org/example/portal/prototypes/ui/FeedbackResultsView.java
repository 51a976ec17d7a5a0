package org.example.portal.prototypes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
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
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.ui.MainLayout;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.core.ui.chart.BarChart;
import org.example.portal.prototypes.application.FeedbackResults;
import org.example.portal.prototypes.application.SampleProgramService;
import org.example.portal.prototypes.domain.QuestionKind;
import org.example.portal.prototypes.domain.SampleProgram;

/**
 * One program's feedback for the product team: response rate, overdue count, and per choice or rating
 * question the average and a bar chart of the answers (drawn on the server); free-text answers with
 * full-text search; CSV export.
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
      String heading = q.position() + ". " + q.text();
      block.add(new H3(heading));
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
        BarChart chart = new BarChart(heading + " (" + summary + ")", q.distribution().entrySet().stream().map(e -> new BarChart.Bar(e.getKey(), e.getValue())).toList());
        chart.setId("results-chart-" + q.position());
        block.add(chart);
      }
      add(block);
    }
  }

  /** The answers to one free-text question: all of them, newest first, or what a search finds, matches marked. */
  private Div textAnswers(int position) {
    Div box = new Div();
    TextField search = new TextField();
    search.setPlaceholder(getTranslation("samples.results.search"));
    search.setId("results-search-" + position);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    UnorderedList list = new UnorderedList();
    list.setId("results-answers-" + position);
    String language = SignedInUser.current().map(SignedInUser::language).orElse("en");
    Runnable fill = () -> {
      list.removeAll();
      for (FeedbackResults.TextAnswer a : results.textAnswers(program.getId(), position, search.getValue(), language, 0, FeedbackResults.TEXT_PAGE)) {
        ListItem item = new ListItem();
        if (a.highlighted() == null) {
          item.setText(a.text());
        } else {
          // Escaped by the index; only the matched words are wrapped in <mark>.
          item.getElement().setProperty("innerHTML", a.highlighted());
        }
        list.add(item);
      }
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
