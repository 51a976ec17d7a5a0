package org.example.portal.core.team.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.team.domain.Team;

/** Admins create teams, choose their members (staff only) and the product areas they cover. */
@ApplicationScoped
@Transactional
public class TeamService {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject CatalogService catalog;

  public List<Team> teams() {
    return em.createNamedQuery("Team.all", Team.class).getResultList();
  }

  public List<Team> teamsOf(long accountId) {
    return em.createNamedQuery("Team.ofMember", Team.class).setParameter("accountId", accountId).getResultList();
  }

  public Team team(long id) {
    return Optional.ofNullable(em.find(Team.class, id)).orElseThrow(() -> new NotFoundException("Team", id));
  }

  public Team createTeam(@NotNull @Valid TeamForm form) {
    requireFreeName(form.name(), null);
    Team team = new Team(form.name(), form.kind());
    apply(team, form);
    em.persist(team);
    em.flush();
    return team;
  }

  public Team updateTeam(long id, @NotNull @Valid TeamForm form) {
    Team team = team(id);
    requireFreeName(form.name(), id);
    team.rename(form.name());
    team.setKind(form.kind());
    apply(team, form);
    return team;
  }

  public void deleteTeam(long id) {
    em.remove(team(id));
  }

  private void apply(Team team, TeamForm form) {
    Set<Long> areas = form.areaIds() == null ? Set.of() : form.areaIds();
    for (Long areaId : areas) {
      if (catalog.findArea(areaId).isEmpty()) {
        throw new InvalidInputException("areaIds", "Product area " + areaId + " does not exist.");
      }
    }
    Set<Long> members = form.memberIds() == null ? Set.of() : form.memberIds();
    for (Long memberId : members) {
      Account member =
          accounts
              .findById(memberId)
              .orElseThrow(() -> new InvalidInputException("memberIds", "Account " + memberId + " does not exist."));
      if (!member.isStaff()) {
        throw new InvalidInputException(
            "memberIds", member.getDisplayName() + " is a customer; only staff can be team members.");
      }
    }
    team.coverAreas(areas);
    team.setMembers(members);
  }

  private void requireFreeName(String name, Long exceptId) {
    em.createNamedQuery("Team.findByName", Team.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .filter(t -> !t.getId().equals(exceptId))
        .findFirst()
        .ifPresent(t -> {
          throw new ConflictException("name", "A team named " + t.getName() + " already exists.");
        });
  }
}
