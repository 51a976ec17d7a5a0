package org.example.portal.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.team.application.TeamService;
import org.example.portal.core.team.domain.Team;

/** Names for the ids an inbox item holds: teams, product areas and people. */
@ApplicationScoped
public class Directory {

  @Inject TeamService teams;
  @Inject CatalogService catalog;
  @Inject Accounts accounts;

  /** What a page of items needs to show names instead of ids; read once per page. */
  public record Names(Map<Long, String> teams, Map<Long, String> areas) {

    public String team(Long id) {
      return id == null ? null : teams.getOrDefault(id, "#" + id);
    }

    public String area(Long id) {
      return id == null ? null : areas.getOrDefault(id, "#" + id);
    }
  }

  public Names names() {
    return new Names(
        teams.teams().stream().collect(Collectors.toMap(Team::getId, Team::getName)),
        catalog.areas().stream().collect(Collectors.toMap(ProductArea::getId, ProductArea::getName)));
  }

  public String person(Long accountId) {
    return accountId == null ? null : accounts.findById(accountId).map(Account::getDisplayName).orElse("#" + accountId);
  }

  public Account account(long accountId) {
    return accounts.get(accountId);
  }
}
