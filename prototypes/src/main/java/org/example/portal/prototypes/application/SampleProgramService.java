package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.domain.Product;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.feedback.api.IdeaLookup;
import org.example.portal.feedback.api.IdeaRef;
import org.example.portal.prototypes.domain.ProgramState;
import org.example.portal.prototypes.domain.Question;
import org.example.portal.prototypes.domain.SampleProgram;

/**
 * Sample programs as the product team runs them (create, edit, publish, close, invite) and as customers
 * find them (the open programs they are eligible for, and why not for the others).
 */
@ApplicationScoped
@Transactional
public class SampleProgramService {

  @PersistenceContext EntityManager em;
  @Inject CatalogService catalog;
  @Inject Accounts accounts;
  @Inject CustomerAreas customerAreas;
  @Inject IdeaLookup ideas;

  Clock clock = Clock.systemUTC();

  public SampleProgram createProgram(long staffId, @NotNull @Valid ProgramForm form) {
    SampleProgram program = new SampleProgram(form.name(), form.areaId(), staffId, clock.instant());
    apply(program, form, 0);
    em.persist(program);
    em.flush();
    return program;
  }

  /** Edits a program. The form may change only until feedback arrives; the quota never below the units promised. */
  public SampleProgram updateProgram(long programId, @NotNull @Valid ProgramForm form) {
    SampleProgram program = program(programId);
    if (!sameForm(program.getQuestions(), questions(form)) && hasResponses(programId)) {
      throw new ConflictException("questions", "Customers have answered this form already; its questions can no longer change.");
    }
    apply(program, form, unitsTaken(programId));
    em.flush();
    return program;
  }

  public SampleProgram publish(long programId) {
    SampleProgram program = program(programId);
    program.publish();
    em.flush();
    return program;
  }

  public SampleProgram close(long programId) {
    SampleProgram program = program(programId);
    program.close();
    em.flush();
    return program;
  }

  /** Adds customers to the invitation list; staff accounts and unknown ids are refused by name. */
  public int invite(long programId, @NotNull @Valid InvitationForm form) {
    program(programId);
    return addInvitations(programId, form.customerIds());
  }

  /**
   * Invites the customers who voted for or follow the program's linked ideas: the people who asked for
   * the product are the first to try it. Returns how many were new on the list.
   */
  public int inviteSupporters(long programId) {
    SampleProgram program = program(programId);
    if (program.getLinkedIdeas().isEmpty()) {
      throw new ConflictException("linkedIdeaIds", "Link the program to ideas first; their voters and followers are invited.");
    }
    Set<Long> supporters = new TreeSet<>();
    program.getLinkedIdeas().forEach(idea -> supporters.addAll(ideas.supporters(idea)));
    // Staff may follow ideas too; only customers can receive samples.
    supporters.removeIf(id -> accounts.findById(id).filter(a -> a.hasRole(Role.CUSTOMER) && a.isEnabled()).isEmpty());
    return addInvitations(programId, supporters);
  }

  /** The linked ideas as the public sees them now; a merged idea shows as the one it was merged into. */
  public List<IdeaRef> linkedIdeas(SampleProgram program) {
    return program.getLinkedIdeas().stream().sorted().map(ideas::find).flatMap(Optional::stream).distinct().toList();
  }

  private int addInvitations(long programId, Set<Long> customerIds) {
    List<Long> notCustomers =
        customerIds.stream()
            .filter(id -> accounts.findById(id).filter(a -> a.hasRole(Role.CUSTOMER)).isEmpty())
            .sorted()
            .toList();
    if (!notCustomers.isEmpty()) {
      throw new InvalidInputException("customerIds", "These are not customer accounts: " + notCustomers + ".");
    }
    int added = 0;
    for (long customerId : customerIds) {
      added +=
          em.createNativeQuery(
                  "insert into samples_invitation (program_id, customer_id) select ?, ? where not exists"
                      + " (select 1 from samples_invitation where program_id = ? and customer_id = ?)")
              .setParameter(1, programId)
              .setParameter(2, customerId)
              .setParameter(3, programId)
              .setParameter(4, customerId)
              .executeUpdate();
    }
    return added;
  }

  public boolean isInvited(long programId, long customerId) {
    return !em.createNativeQuery("select 1 from samples_invitation where program_id = ? and customer_id = ?")
        .setParameter(1, programId)
        .setParameter(2, customerId)
        .getResultList()
        .isEmpty();
  }

  public long invitationCount(long programId) {
    return ((Number) em.createNativeQuery("select count(*) from samples_invitation where program_id = ?").setParameter(1, programId).getSingleResult()).longValue();
  }

  public SampleProgram program(long programId) {
    return findProgram(programId).orElseThrow(() -> new NotFoundException("Sample program", programId));
  }

  public Optional<SampleProgram> findProgram(long programId) {
    return Optional.ofNullable(em.find(SampleProgram.class, programId));
  }

  /** A program as a customer may see it: published ones only. */
  public SampleProgram visibleProgram(long programId) {
    SampleProgram program = program(programId);
    if (program.getState() == ProgramState.DRAFT) {
      throw new NotFoundException("Sample program", programId);
    }
    return program;
  }

  public List<SampleProgram> programs() {
    return em.createNamedQuery("SampleProgram.all", SampleProgram.class).getResultList();
  }

  /** A program open for applications now, and whether this customer may apply (empty reason) or why not. */
  public record Offer(SampleProgram program, Optional<String> whyNotEligible, boolean applied) {}

  /** Every program open for applications now, each with this customer's eligibility. */
  public List<Offer> offersFor(long customerId) {
    Account customer = accounts.get(customerId);
    Set<Long> areas = customerAreas.of(customerId);
    Set<Long> applied = Set.copyOf(
        em.createQuery("select r.programId from SampleRequest r where r.customerId = :customerId", Long.class)
            .setParameter("customerId", customerId)
            .getResultList());
    List<Offer> offers = new ArrayList<>();
    for (SampleProgram p : em.createNamedQuery("SampleProgram.openAt", SampleProgram.class)
        .setParameter("state", ProgramState.OPEN)
        .setParameter("now", clock.instant())
        .getResultList()) {
      offers.add(new Offer(p, eligibility(p, customer, areas), applied.contains(p.getId())));
    }
    return offers;
  }

  /** The open programs this customer may apply to and has not applied to yet. */
  public List<SampleProgram> eligiblePrograms(long customerId) {
    return offersFor(customerId).stream().filter(o -> o.whyNotEligible().isEmpty() && !o.applied()).map(Offer::program).toList();
  }

  Optional<String> whyNotEligible(SampleProgram program, long customerId) {
    return eligibility(program, accounts.get(customerId), customerAreas.of(customerId));
  }

  private Optional<String> eligibility(SampleProgram program, Account customer, Set<Long> areas) {
    boolean invited = program.isInvitationOnly() && isInvited(program.getId(), customer.getId());
    return program.whyNotEligible(customer.getTier(), areas, invited);
  }

  /** Units already promised, read from the database rather than from a possibly older copy. */
  public int unitsTaken(long programId) {
    return ((Number) em.createNativeQuery("select units_taken from samples_program where id = ?").setParameter(1, programId).getSingleResult()).intValue();
  }

  /**
   * Takes one unit of the quota if one is left. One conditional update: concurrent callers queue on the
   * program's row and each sees the count the previous one committed, so the quota is never exceeded; the
   * table's check constraint refuses it even if some other code tried.
   */
  boolean takeUnit(long programId) {
    return em.createNativeQuery("update samples_program set units_taken = units_taken + 1 where id = ? and units_taken < units")
            .setParameter(1, programId)
            .executeUpdate()
        == 1;
  }

  private boolean hasResponses(long programId) {
    return !em.createNativeQuery("select 1 from samples_response where program_id = ?").setParameter(1, programId).setMaxResults(1).getResultList().isEmpty();
  }

  private void apply(SampleProgram program, ProgramForm form, int unitsTaken) {
    catalog.area(form.areaId());
    if (form.productId() != null) {
      Product product = catalog.findProduct(form.productId()).orElseThrow(() -> new InvalidInputException("productId", "Choose a product from the catalog."));
      if (!form.areaId().equals(product.getAreaId())) {
        throw new InvalidInputException("productId", "The product belongs to another product area.");
      }
    }
    for (Long area : form.eligibleAreaIds() == null ? Set.<Long>of() : form.eligibleAreaIds()) {
      if (catalog.findArea(area).isEmpty()) {
        throw new InvalidInputException("eligibleAreaIds", "There is no product area " + area + ".");
      }
    }
    program.describe(form.name(), form.productVersion(), form.description(), form.imageUrls(), form.areaId(), form.productId());
    program.setQuota(form.units(), unitsTaken);
    program.restrictTo(form.eligibleTiers(), form.eligibleAreaIds(), form.invitationOnly());
    program.setTerms(form.terms());
    program.setWindow(form.opensAt(), form.closesAt());
    program.setFeedbackForm(questions(form), form.dueDays(), form.secondRoundDays());
    program.setAutoApprove(form.autoApprove());
    program.linkIdeas(resolveIdeas(form.linkedIdeaIds()));
  }

  /** Each linked idea as it is now: unknown or hidden ones are refused, merged ones stand for their target. */
  private Set<Long> resolveIdeas(Set<Long> ideaIds) {
    Set<Long> resolved = new TreeSet<>();
    for (long id : ideaIds == null ? Set.<Long>of() : ideaIds) {
      resolved.add(ideas.find(id).orElseThrow(() -> new InvalidInputException("linkedIdeaIds", "There is no idea " + id + ".")).id());
    }
    return resolved;
  }

  private static List<Question> questions(ProgramForm form) {
    return IntStream.range(0, form.questions().size()).mapToObj(i -> form.questions().get(i).toQuestion(i + 1)).toList();
  }

  private static boolean sameForm(List<Question> a, List<Question> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      Question x = a.get(i);
      Question y = b.get(i);
      if (!x.getText().equals(y.getText()) || x.getKind() != y.getKind() || x.isRequired() != y.isRequired() || !x.choiceList().equals(y.choiceList())) {
        return false;
      }
    }
    return true;
  }
}
