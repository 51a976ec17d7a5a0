package org.example.portal.selfservice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.ForbiddenActionException;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.submission.SubmissionMerger;
import org.example.portal.feedback.api.IdeaLookup;
import org.example.portal.selfservice.domain.Ticket;

/**
 * Tickets merged from the triage inbox, as support does it on the ticket's page: a duplicate ticket is closed
 * into the ticket it repeats (its customer is told where the request continues), and a ticket asking for what an
 * idea proposes is attached to that idea (its customer hears when the idea ships; the ticket stays open).
 */
@ApplicationScoped
@Transactional
public class TicketMerger implements SubmissionMerger {

  private static final String IDEA = "idea";

  /** Who merges tickets, as on the ticket's REST endpoint; any staff member links a ticket to an idea. */
  static final Set<Role> MERGING = EnumSet.of(Role.SUPPORT_AGENT, Role.TRIAGE_LEAD, Role.ADMIN);

  @Inject TicketService tickets;
  @Inject IdeaLookup ideas;
  @Inject Accounts accounts;

  @Override
  public String kind() {
    return TicketService.SUBMISSION_KIND;
  }

  @Override
  public Set<String> targetKinds() {
    return Set.of(TicketService.SUBMISSION_KIND, IDEA);
  }

  @Override
  public Set<Role> rolesFor(String targetKind) {
    return IDEA.equals(targetKind) ? Role.STAFF : MERGING;
  }

  @Override
  public void merge(long staffId, long id, String targetKind, long targetId) {
    if (!targetKinds().contains(targetKind)) {
      throw new InvalidInputException("targetId", "A ticket can be merged into another ticket or attached to an idea only.");
    }
    if (!allows(targetKind, accounts.get(staffId).getRoles())) {
      throw new ForbiddenActionException(IDEA.equals(targetKind)
          ? "Only staff attach tickets to ideas." : "Only support agents, triage leads and admins merge tickets.");
    }
    Ticket ticket = tickets.ticket(id);
    if (TicketService.SUBMISSION_KIND.equals(targetKind)) {
      if (ticket.getMergedIntoId() != null) {
        throw new ConflictException("targetId", ticket.number() + " is already merged into another ticket.");
      }
      tickets.mergeTicket(staffId, id, targetId);
      return;
    }
    if (ticket.getIdeaId() != null && ideas.find(ticket.getIdeaId()).isPresent()) {
      throw new ConflictException("targetId", ticket.number() + " is already attached to an idea.");
    }
    tickets.changeTicket(staffId, id, new TicketChanges(ticket.getVersion(), null, null, null, null, false, targetId));
  }
}
