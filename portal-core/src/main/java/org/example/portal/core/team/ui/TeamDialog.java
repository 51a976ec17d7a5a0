package org.example.portal.core.team.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.team.application.TeamForm;
import org.example.portal.core.team.application.TeamService;
import org.example.portal.core.team.domain.Team;
import org.example.portal.core.ui.SaveFooter;

/** Creates a team or edits one: name, kind, the product areas it covers and its staff members. */
class TeamDialog extends Dialog {

  private final TextField name = new TextField();
  private final Select<Team.Kind> kind = new Select<>();
  private final MultiSelectComboBox<ProductArea> areas = new MultiSelectComboBox<>();
  private final MultiSelectComboBox<Account> members = new MultiSelectComboBox<>();

  /** {@code team} is null for a new team; {@code people} are the accounts that may be chosen as members. */
  TeamDialog(TeamService service, Team team, List<ProductArea> allAreas, List<Account> people, Runnable saved) {
    setHeaderTitle(getTranslation(team == null ? "admin.teams.new" : "admin.teams.edit"));
    setWidth("min(44em, 100%)");
    name.setId("team-name");
    name.setLabel(getTranslation("admin.teams.name"));
    name.setMaxLength(Team.NAME_MAX_LENGTH);
    name.setRequiredIndicatorVisible(true);
    kind.setId("team-kind");
    kind.setLabel(getTranslation("admin.teams.kind"));
    kind.setItems(Team.Kind.values());
    kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("admin.teams.kind." + k.name()));
    kind.setRequiredIndicatorVisible(true);
    areas.setId("team-areas");
    areas.setLabel(getTranslation("admin.teams.areas"));
    areas.setItems(allAreas);
    areas.setItemLabelGenerator(ProductArea::getName);
    members.setId("team-members");
    members.setLabel(getTranslation("admin.teams.members"));
    members.setItems(people);
    members.setItemLabelGenerator(Account::getDisplayName);
    if (team != null) {
      name.setValue(team.getName());
      kind.setValue(team.getKind());
      areas.setValue(allAreas.stream().filter(a -> team.getAreaIds().contains(a.getId())).collect(Collectors.toSet()));
      members.setValue(people.stream().filter(p -> team.getMemberIds().contains(p.getId())).collect(Collectors.toSet()));
    }

    FormLayout form = new FormLayout(name, kind, areas, members);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    form.setColspan(areas, 2);
    form.setColspan(members, 2);
    add(form);

    Map<String, HasValidation> fields = Map.of("name", name, "kind", kind, "areaIds", areas, "memberIds", members);
    SaveFooter.add(this, "team", fields, () -> {
      TeamForm values = new TeamForm(name.getValue(), kind.getValue(), ids(areas.getValue(), ProductArea::getId),
          ids(members.getValue(), Account::getId));
      if (team == null) {
        service.createTeam(values);
      } else {
        service.updateTeam(team.getId(), values);
      }
    }, saved);
  }

  private static <T> Set<Long> ids(Set<T> items, Function<T, Long> id) {
    return items.stream().map(id).collect(Collectors.toSet());
  }
}
