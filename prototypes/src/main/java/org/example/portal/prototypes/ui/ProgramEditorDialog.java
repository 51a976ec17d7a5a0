package org.example.portal.prototypes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.ui.SaveFooter;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.prototypes.application.InvitationForm;
import org.example.portal.prototypes.application.ProgramForm;
import org.example.portal.prototypes.application.QuestionForm;
import org.example.portal.prototypes.application.SampleProgramService;
import org.example.portal.prototypes.domain.Question;
import org.example.portal.prototypes.domain.QuestionKind;
import org.example.portal.prototypes.domain.SampleProgram;

/**
 * Creates or edits a sample program: product, quota, eligibility, invitations, terms, application window,
 * due period and rounds, and the feedback form with its questions.
 */
class ProgramEditorDialog extends Dialog {

  private final Div questionRows = new Div();
  private final List<QuestionRow> questions = new ArrayList<>();

  /** One question's fields in the editor. */
  private final class QuestionRow extends HorizontalLayout {
    final TextField text = new TextField(getTranslation("samples.editor.question"));
    final Select<QuestionKind> kind = new Select<>();
    final Checkbox required = new Checkbox(getTranslation("samples.editor.required"));
    final TextArea choices = new TextArea(getTranslation("samples.editor.choices"));

    QuestionRow(Question q) {
      int index = questions.size() + 1;
      text.setId("question-text-" + index);
      text.setMaxLength(Question.TEXT_MAX_LENGTH);
      text.setWidth("18em");
      kind.setLabel(getTranslation("samples.editor.kind"));
      kind.setId("question-kind-" + index);
      kind.setItems(QuestionKind.values());
      kind.setItemLabelGenerator(k -> getTranslation("samples.kind." + k.name()));
      kind.setValue(QuestionKind.RATING);
      required.setId("question-required-" + index);
      choices.setId("question-choices-" + index);
      kind.addValueChangeListener(e -> choices.setVisible(e.getValue() != null && e.getValue().hasChoices()));
      if (q != null) {
        text.setValue(q.getText());
        kind.setValue(q.getKind());
        required.setValue(q.isRequired());
        choices.setValue(String.join("\n", q.choiceList()));
      }
      choices.setVisible(kind.getValue().hasChoices());
      Button remove = new Button(getTranslation("samples.editor.remove"), e -> {
        questions.remove(this);
        questionRows.remove(this);
      });
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      setAlignItems(Alignment.BASELINE);
      getStyle().set("flex-wrap", "wrap");
      add(text, kind, required, choices, remove);
    }

    QuestionForm toForm() {
      List<String> lines = Arrays.stream(choices.getValue().split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
      return new QuestionForm(text.getValue(), kind.getValue(), required.getValue(), kind.getValue() != null && kind.getValue().hasChoices() ? lines : null);
    }
  }

  ProgramEditorDialog(SampleProgramService programs, CatalogService catalog, Long programId, Runnable saved) {
    SampleProgram program = programId == null ? null : programs.program(programId);
    setHeaderTitle(getTranslation("samples.editor.title"));
    setWidth("min(60em, 100%)");

    TextField name = new TextField(getTranslation("samples.editor.name"));
    name.setId("program-name");
    name.setMaxLength(SampleProgram.NAME_MAX_LENGTH);
    TextField version = new TextField(getTranslation("samples.editor.version"));
    version.setId("program-version");
    TextArea description = new TextArea(getTranslation("samples.editor.description"));
    description.setId("program-description");
    TextArea images = new TextArea(getTranslation("samples.editor.images"));
    images.setId("program-images");
    List<ProductArea> areaList = catalog.areas();
    ComboBox<ProductArea> area = new ComboBox<>(getTranslation("samples.editor.area"), areaList);
    area.setId("program-area");
    area.setItemLabelGenerator(ProductArea::getName);
    IntegerField units = new IntegerField(getTranslation("samples.editor.units"));
    units.setId("program-units");
    units.setMin(1);
    units.setValue(10);
    MultiSelectComboBox<Tier> tiers = new MultiSelectComboBox<>(getTranslation("samples.editor.tiers"), Tier.values());
    tiers.setId("program-tiers");
    tiers.setItemLabelGenerator(t -> getTranslation("tier." + t.name()));
    MultiSelectComboBox<ProductArea> areas = new MultiSelectComboBox<>(getTranslation("samples.editor.areas"), areaList);
    areas.setId("program-areas");
    areas.setItemLabelGenerator(ProductArea::getName);
    Checkbox invitationOnly = new Checkbox(getTranslation("samples.editor.invitationOnly"));
    invitationOnly.setId("program-invitation-only");
    TextField invitations = new TextField(getTranslation("samples.editor.invitations"));
    invitations.setId("program-invitations");
    TextArea terms = new TextArea(getTranslation("samples.editor.terms"));
    terms.setId("program-terms");
    terms.setMaxLength(SampleProgram.TERMS_MAX_LENGTH);
    DatePicker opens = new DatePicker(getTranslation("samples.editor.opens"), LocalDate.now(ZoneOffset.UTC));
    opens.setId("program-opens");
    DatePicker closes = new DatePicker(getTranslation("samples.editor.closes"), LocalDate.now(ZoneOffset.UTC).plusDays(30));
    closes.setId("program-closes");
    IntegerField dueDays = new IntegerField(getTranslation("samples.editor.dueDays"));
    dueDays.setId("program-due-days");
    dueDays.setValue(14);
    IntegerField secondRound = new IntegerField(getTranslation("samples.editor.secondRound"));
    secondRound.setId("program-second-round");
    Checkbox autoApprove = new Checkbox(getTranslation("samples.editor.autoApprove"));
    autoApprove.setId("program-auto-approve");
    TextField ideas = new TextField(getTranslation("samples.editor.ideas"));
    ideas.setId("program-ideas");

    if (program != null) {
      name.setValue(program.getName());
      version.setValue(nonNull(program.getProductVersion()));
      description.setValue(nonNull(program.getDescription()));
      images.setValue(String.join("\n", program.getImageUrls()));
      areaList.stream().filter(a -> a.getId() == program.getAreaId()).findFirst().ifPresent(area::setValue);
      units.setValue(program.getUnits());
      tiers.setValue(program.getEligibleTiers());
      areas.setValue(areaList.stream().filter(a -> program.getEligibleAreas().contains(a.getId())).collect(Collectors.toSet()));
      invitationOnly.setValue(program.isInvitationOnly());
      terms.setValue(program.getTerms());
      opens.setValue(LocalDate.ofInstant(program.getOpensAt(), ZoneOffset.UTC));
      closes.setValue(LocalDate.ofInstant(program.getClosesAt(), ZoneOffset.UTC));
      dueDays.setValue(program.getDueDays());
      secondRound.setValue(program.getSecondRoundDays());
      autoApprove.setValue(program.isAutoApprove());
      ideas.setValue(program.getLinkedIdeas().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
      program.getQuestions().forEach(this::addQuestion);
    } else {
      addQuestion(null);
    }

    FormLayout form = new FormLayout(name, version, area, units, description, images, tiers, areas, invitationOnly, invitations, opens, closes, dueDays, secondRound,
        autoApprove, ideas, terms);
    form.setColspan(description, 2);
    form.setColspan(terms, 2);
    Button addQuestion = new Button(getTranslation("samples.editor.addQuestion"), e -> addQuestion(null));
    addQuestion.setId("program-add-question");
    add(form, new H4(getTranslation("samples.editor.questions")), questionRows, addQuestion);

    Map<String, HasValidation> fields = Map.ofEntries(
        Map.entry("name", name), Map.entry("productVersion", version), Map.entry("description", description), Map.entry("areaId", area),
        Map.entry("units", units), Map.entry("terms", terms), Map.entry("opensAt", opens), Map.entry("closesAt", closes), Map.entry("dueDays", dueDays),
        Map.entry("secondRoundDays", secondRound), Map.entry("customerIds", invitations), Map.entry("linkedIdeaIds", ideas), Map.entry("imageUrls", images));
    SaveFooter.add(this, "program", fields, () -> {
      ProgramForm programForm = new ProgramForm(
          name.getValue(), version.getValue(), description.getValue(), lines(images.getValue()),
          area.getValue() == null ? null : area.getValue().getId(), program == null ? null : program.getProductId(),
          units.getValue(), tiers.getValue(), areas.getValue().stream().map(ProductArea::getId).collect(Collectors.toSet()), invitationOnly.getValue(),
          terms.getValue(),
          opens.getValue() == null ? null : opens.getValue().atStartOfDay(ZoneOffset.UTC).toInstant(),
          closes.getValue() == null ? null : closes.getValue().atStartOfDay(ZoneOffset.UTC).toInstant(),
          dueDays.getValue(), secondRound.getValue(), autoApprove.getValue(),
          questions.stream().map(QuestionRow::toForm).toList(), ids("linkedIdeaIds", ideas.getValue()));
      long id = program == null ? programs.createProgram(SignedInUser.current().orElseThrow().id(), programForm).getId() : programs.updateProgram(programId, programForm).getId();
      Set<Long> invited = ids("customerIds", invitations.getValue());
      if (!invited.isEmpty()) {
        programs.invite(id, new InvitationForm(invited));
      }
    }, saved);
  }

  private void addQuestion(Question q) {
    QuestionRow row = new QuestionRow(q);
    questions.add(row);
    questionRows.add(row);
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static Set<Long> ids(String field, String text) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : text.split("[,\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        ids.add(Long.parseLong(part.strip()));
      } catch (NumberFormatException e) {
        throw new InvalidInputException(field, "\"" + part + "\" is not a number.");
      }
    }
    return ids;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
