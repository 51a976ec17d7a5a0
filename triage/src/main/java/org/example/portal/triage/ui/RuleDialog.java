package org.example.portal.triage.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.team.domain.Team;
import org.example.portal.core.ui.SaveFooter;
import org.example.portal.triage.application.RuleForm;
import org.example.portal.triage.application.RuleService;
import org.example.portal.triage.domain.AssignmentMode;
import org.example.portal.triage.domain.Priority;
import org.example.portal.triage.domain.RoutingRule;
import org.example.portal.triage.domain.RuleSpec;
import org.example.portal.triage.domain.TextCondition;

/** Writes or changes one routing rule: its conditions (empty means any) and where matching submissions go. */
class RuleDialog extends Dialog {

  static final List<String> LANGUAGES = List.of("en", "uz", "ru");

  RuleDialog(RuleService rules, RoutingRule rule, List<String> kinds, List<ProductArea> areas, List<Team> teams, Runnable saved) {
    setHeaderTitle(getTranslation(rule == null ? "triage.rules.new" : "triage.rules.edit"));
    RuleSpec spec = rule == null ? null : rule.spec();

    TextField name = new TextField(getTranslation("triage.rules.name"));
    name.setId("rule-name");
    name.setMaxLength(RoutingRule.NAME_MAX_LENGTH);
    Checkbox enabled = new Checkbox(getTranslation("triage.rules.enabled"), spec == null || spec.enabled());
    enabled.setId("rule-enabled");
    MultiSelectComboBox<String> kind = new MultiSelectComboBox<>(getTranslation("triage.kind"));
    kind.setId("rule-kinds");
    kind.setItems(kinds);
    kind.setItemLabelGenerator(k -> getTranslation("triage.kind." + k));
    MultiSelectComboBox<ProductArea> area = new MultiSelectComboBox<>(getTranslation("triage.area"));
    area.setId("rule-areas");
    area.setItems(areas);
    area.setItemLabelGenerator(ProductArea::getName);
    TextField words = new TextField(getTranslation("triage.rules.words"));
    words.setId("rule-words");
    words.setMaxLength(TextCondition.MAX_LENGTH);
    words.setHelperText(getTranslation("triage.rules.words.help"));
    MultiSelectComboBox<Tier> tier = new MultiSelectComboBox<>(getTranslation("triage.tier"));
    tier.setId("rule-tiers");
    tier.setItems(Tier.values());
    tier.setItemLabelGenerator(t -> getTranslation("tier." + t.name()));
    MultiSelectComboBox<String> language = new MultiSelectComboBox<>(getTranslation("triage.rules.languages"));
    language.setId("rule-languages");
    language.setItems(LANGUAGES);
    Select<Team> team = new Select<>();
    team.setId("rule-team");
    team.setLabel(getTranslation("triage.team"));
    team.setItems(teams);
    team.setEmptySelectionAllowed(true);
    team.setEmptySelectionCaption(getTranslation("triage.queue"));
    team.setItemLabelGenerator(t -> t == null ? getTranslation("triage.queue") : t.getName());
    Select<Priority> priority = new Select<>();
    priority.setId("rule-priority");
    priority.setLabel(getTranslation("triage.priority"));
    priority.setItems(Priority.values());
    priority.setItemLabelGenerator(p -> getTranslation("triage.priority." + p.name()));
    priority.setValue(Priority.NORMAL);
    TextField tags = new TextField(getTranslation("triage.tags"));
    tags.setId("rule-tags");
    Select<AssignmentMode> assignment = new Select<>();
    assignment.setId("rule-assignment");
    assignment.setLabel(getTranslation("triage.rules.assignment"));
    assignment.setItems(AssignmentMode.values());
    assignment.setItemLabelGenerator(a -> getTranslation("triage.rules.assignment." + a.name()));
    assignment.setValue(AssignmentMode.NONE);
    Checkbox confidential = new Checkbox(getTranslation("triage.rules.confidential"));
    confidential.setId("rule-confidential");

    if (spec != null) {
      name.setValue(spec.name());
      kind.setValue(spec.kinds());
      area.setValue(areas.stream().filter(a -> spec.areaIds().contains(a.getId())).collect(Collectors.toSet()));
      words.setValue(spec.textQuery());
      tier.setValue(spec.tiers());
      language.setValue(spec.languages());
      team.setValue(teams.stream().filter(t -> t.getId().equals(spec.teamId())).findFirst().orElse(null));
      priority.setValue(spec.priority());
      tags.setValue(String.join(", ", spec.tags()));
      assignment.setValue(spec.assignment());
      confidential.setValue(spec.confidential());
    }

    FormLayout form = new FormLayout(name, enabled, kind, area, words, tier, language, team, priority, tags, assignment, confidential);
    form.setColspan(words, 2);
    add(form);
    setWidth("min(48rem, 95vw)");

    Map<String, HasValidation> fields = Map.of("name", name, "kinds", kind, "areaIds", area, "textQuery", words, "tiers", tier,
        "languages", language, "teamId", team, "priority", priority, "tags", tags);
    SaveFooter.add(this, "rule", fields, () -> {
      RuleForm values = new RuleForm(name.getValue(), enabled.getValue(), kind.getValue(),
          area.getValue().stream().map(ProductArea::getId).collect(Collectors.toSet()), words.getValue(), tier.getValue(),
          language.getValue(), team.getValue() == null ? null : team.getValue().getId(), priority.getValue(),
          Arrays.stream(tags.getValue().split("[,\\s]+")).filter(s -> !s.isBlank()).collect(Collectors.toSet()),
          assignment.getValue(), confidential.getValue());
      if (rule == null) {
        rules.createRule(values);
      } else {
        rules.updateRule(rule.getId(), values);
      }
    }, saved);
  }
}
