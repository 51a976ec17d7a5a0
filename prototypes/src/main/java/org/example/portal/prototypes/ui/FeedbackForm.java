package org.example.portal.prototypes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.example.portal.core.error.PortalException;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.prototypes.application.AnswersForm;
import org.example.portal.prototypes.application.AnswersForm.AnswerForm;
import org.example.portal.prototypes.domain.Answer;
import org.example.portal.prototypes.domain.FeedbackResponse;
import org.example.portal.prototypes.domain.Question;
import org.example.portal.prototypes.domain.SampleProgram;

/**
 * The feedback form of one round: a field per question by its kind, prefilled from the saved draft.
 * "Save draft" keeps unfinished answers; "Send feedback" checks every required question. Field ids are
 * {@code feedback-q<position>}.
 */
class FeedbackForm extends Div {

  private final Map<Integer, Component> fields = new HashMap<>();
  private final SampleProgram program;

  FeedbackForm(SampleProgram program, FeedbackResponse draft, Consumer<AnswersForm> saveDraft, Consumer<AnswersForm> submit, Runnable submitted) {
    this.program = program;
    setId("feedback-form");
    for (Question q : program.getQuestions()) {
      String label = q.getPosition() + ". " + q.getText() + (q.isRequired() ? " (" + getTranslation("samples.feedback.required") + ")" : "");
      Answer saved = draft.answer(q.getPosition()).orElse(null);
      Component field = switch (q.getKind()) {
        case RATING -> {
          RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(label);
          rating.setItems(1, 2, 3, 4, 5);
          if (saved != null && saved.getRating() != null) {
            rating.setValue(saved.getRating());
          }
          yield rating;
        }
        case SINGLE_CHOICE -> {
          RadioButtonGroup<String> single = new RadioButtonGroup<>(label);
          single.setItems(q.choiceList());
          if (saved != null && !saved.choiceList().isEmpty()) {
            single.setValue(saved.choiceList().get(0));
          }
          yield single;
        }
        case MULTIPLE_CHOICE -> {
          CheckboxGroup<String> multiple = new CheckboxGroup<>(label);
          multiple.setItems(q.choiceList());
          if (saved != null) {
            multiple.setValue(Set.copyOf(saved.choiceList()));
          }
          yield multiple;
        }
        case TEXT -> {
          TextArea text = new TextArea(label);
          text.setMaxLength(Answer.TEXT_MAX_LENGTH);
          text.setWidthFull();
          if (saved != null && saved.getText() != null) {
            text.setValue(saved.getText());
          }
          yield text;
        }
      };
      field.setId("feedback-q" + q.getPosition());
      fields.put(q.getPosition(), field);
      add(field);
    }
    Paragraph problem = new Paragraph();
    problem.setId("feedback-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    problem.setVisible(false);
    Button save = new Button(getTranslation("samples.feedback.saveDraft"), e -> run(() -> saveDraft.accept(answers()), problem, () ->
        Notification.show(getTranslation("samples.feedback.saved"), 3000, Notification.Position.BOTTOM_START)));
    save.setId("feedback-save");
    Button send = new Button(getTranslation("samples.feedback.submit"), e -> run(() -> submit.accept(answers()), problem, () -> {
      Notification.show(getTranslation("samples.feedback.sent"), 3000, Notification.Position.BOTTOM_START);
      submitted.run();
    }));
    send.setId("feedback-submit");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(problem, new HorizontalLayout(save, send));
  }

  /** Runs a button's action; a refusal (such as the required questions left open) is shown above the buttons. */
  private void run(Runnable action, Paragraph problem, Runnable done) {
    problem.setVisible(false);
    try {
      action.run();
    } catch (RuntimeException failure) {
      FormErrors.show(failure, Map.of());
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof PortalException business) {
          problem.setText(business.getMessage());
          problem.setVisible(true);
        }
      }
      return;
    }
    done.run();
  }

  @SuppressWarnings("unchecked")
  AnswersForm answers() {
    List<AnswerForm> answers = new ArrayList<>();
    for (Question q : program.getQuestions()) {
      Component field = fields.get(q.getPosition());
      switch (q.getKind()) {
        case RATING -> {
          Integer value = ((RadioButtonGroup<Integer>) field).getValue();
          if (value != null) {
            answers.add(new AnswerForm(q.getPosition(), value, null, null));
          }
        }
        case SINGLE_CHOICE -> {
          String value = ((RadioButtonGroup<String>) field).getValue();
          if (value != null) {
            answers.add(new AnswerForm(q.getPosition(), null, List.of(value), null));
          }
        }
        case MULTIPLE_CHOICE -> {
          Set<String> value = ((CheckboxGroup<String>) field).getValue();
          if (!value.isEmpty()) {
            answers.add(new AnswerForm(q.getPosition(), null, q.choiceList().stream().filter(value::contains).toList(), null));
          }
        }
        case TEXT -> {
          String value = ((TextArea) field).getValue();
          if (!value.isBlank()) {
            answers.add(new AnswerForm(q.getPosition(), null, null, value));
          }
        }
      }
    }
    return new AnswersForm(answers);
  }
}
