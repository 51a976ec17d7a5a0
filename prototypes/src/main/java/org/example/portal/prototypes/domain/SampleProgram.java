package org.example.portal.prototypes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;

/**
 * A product or prototype the product team gives out as samples in exchange for feedback: how many units
 * there are, who may apply, the terms applicants accept, the application window and the feedback form
 * with its due period and rounds.
 */
@Entity
@Table(name = "samples_program")
@NamedQuery(name = "SampleProgram.all", query = "select p from SampleProgram p order by p.createdAt desc, p.id desc")
@NamedQuery(
    name = "SampleProgram.openAt",
    query = "select p from SampleProgram p where p.state = :state and p.opensAt <= :now and p.closesAt > :now order by p.closesAt, p.id")
public class SampleProgram {

  public static final int NAME_MAX_LENGTH = 120;
  public static final int VERSION_MAX_LENGTH = 40;
  public static final int DESCRIPTION_MAX_LENGTH = 4000;
  public static final int TERMS_MAX_LENGTH = 20000;
  public static final int MAX_UNITS = 100_000;
  public static final int MAX_DUE_DAYS = 365;
  public static final int MAX_QUESTIONS = 30;

  @Id
  @SequenceGenerator(name = "samples_program_seq", sequenceName = "samples_program_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "samples_program_seq")
  private Long id;

  @Column(nullable = false, length = NAME_MAX_LENGTH)
  private String name;

  @Column(name = "product_version", length = VERSION_MAX_LENGTH)
  private String productVersion;

  @Column(length = DESCRIPTION_MAX_LENGTH)
  private String description;

  /** Image addresses, one per line. */
  @Column(name = "image_urls", length = 2000)
  private String imageUrls;

  /** The product area the program belongs to: where triage routes its applications and feedback. */
  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "product_id")
  private Long productId;

  /** The quota: how many units can be given out. */
  @Column(nullable = false)
  private int units;

  /**
   * Units promised so far. Written only by the database's conditional update (see the repository), never
   * from this object, so a stale copy can never lower or overrun it.
   */
  @Column(name = "units_taken", insertable = false, updatable = false)
  private int unitsTaken;

  /** Comma-separated tier names; empty means every tier. */
  @Column(name = "eligible_tiers", length = 80)
  private String eligibleTiers;

  @ElementCollection
  @CollectionTable(name = "samples_program_area", joinColumns = @JoinColumn(name = "program_id"))
  @Column(name = "area_id")
  private Set<Long> eligibleAreas = new HashSet<>();

  @Column(name = "invitation_only", nullable = false)
  private boolean invitationOnly;

  @ElementCollection
  @CollectionTable(name = "samples_program_idea", joinColumns = @JoinColumn(name = "program_id"))
  @Column(name = "idea_id")
  private Set<Long> linkedIdeas = new HashSet<>();

  @Column(nullable = false, length = TERMS_MAX_LENGTH)
  private String terms;

  /** Raised whenever the terms text changes, so each acceptance names the text the customer saw. */
  @Column(name = "terms_version", nullable = false)
  private int termsVersion;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  /** Days after delivery the first round's feedback is due. */
  @Column(name = "due_days", nullable = false)
  private int dueDays;

  /** Days after delivery a second round is due, or null for a single round. */
  @Column(name = "second_round_days")
  private Integer secondRoundDays;

  @Column(name = "auto_approve", nullable = false)
  private boolean autoApprove;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ProgramState state;

  @ElementCollection
  @CollectionTable(name = "samples_question", joinColumns = @JoinColumn(name = "program_id"))
  @OrderBy("position")
  private List<Question> questions = new ArrayList<>();

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected SampleProgram() {}

  public SampleProgram(String name, long areaId, long createdBy, Instant createdAt) {
    this.name = name;
    this.areaId = areaId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.state = ProgramState.DRAFT;
    this.terms = "";
    this.termsVersion = 0;
    this.dueDays = 14;
    this.units = 1;
    this.opensAt = createdAt;
    this.closesAt = createdAt.plus(Duration.ofDays(30));
  }

  /** What the product team describes; everything but the quota, eligibility, terms, window and form. */
  public void describe(String name, String productVersion, String description, List<String> imageUrls, long areaId, Long productId) {
    this.name = name.strip();
    this.productVersion = blankToNull(productVersion);
    this.description = blankToNull(description);
    List<String> images = imageUrls == null ? List.of() : imageUrls.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).toList();
    this.imageUrls = images.isEmpty() ? null : String.join("\n", images);
    this.areaId = areaId;
    this.productId = productId;
  }

  /**
   * Sets the quota. It can never go below the units already promised to customers; the database's check
   * enforces the same, so this is the polite version of that refusal.
   */
  public void setQuota(int units, int unitsTakenNow) {
    if (units < 1 || units > MAX_UNITS) {
      throw new InvalidInputException("units", "The quota is from 1 to " + MAX_UNITS + " units.");
    }
    if (units < unitsTakenNow) {
      throw new ConflictException("units", unitsTakenNow + " units are already promised; the quota cannot be lower than that.");
    }
    this.units = units;
  }

  public void restrictTo(Set<Tier> tiers, Set<Long> areas, boolean invitationOnly) {
    this.eligibleTiers = tiers == null || tiers.isEmpty() ? null : tiers.stream().sorted().map(Tier::name).collect(Collectors.joining(","));
    this.eligibleAreas.clear();
    if (areas != null) {
      this.eligibleAreas.addAll(areas);
    }
    this.invitationOnly = invitationOnly;
  }

  /** New terms text gets a new version; saving the same text keeps the version customers accepted. */
  public void setTerms(String terms) {
    String cleaned = terms == null ? "" : terms.strip();
    if (cleaned.isEmpty()) {
      throw new InvalidInputException("terms", "Write the terms applicants accept.");
    }
    if (!cleaned.equals(this.terms)) {
      this.terms = cleaned;
      this.termsVersion++;
    }
  }

  public void setWindow(Instant opensAt, Instant closesAt) {
    if (!closesAt.isAfter(opensAt)) {
      throw new InvalidInputException("closesAt", "The application window must close after it opens.");
    }
    this.opensAt = opensAt;
    this.closesAt = closesAt;
  }

  /**
   * Sets the feedback form. Once anybody has answered it, only the texts stay editable in spirit, so the
   * service refuses a new form then; here the form itself is checked.
   */
  public void setFeedbackForm(List<Question> questions, int dueDays, Integer secondRoundDays) {
    if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
      throw new InvalidInputException("questions", "A feedback form has from 1 to " + MAX_QUESTIONS + " questions.");
    }
    if (questions.stream().noneMatch(Question::isRequired)) {
      throw new InvalidInputException("questions", "Mark at least one question as required: feedback is the condition of a sample.");
    }
    if (dueDays < 1 || dueDays > MAX_DUE_DAYS) {
      throw new InvalidInputException("dueDays", "Feedback is due from 1 to " + MAX_DUE_DAYS + " days after delivery.");
    }
    if (secondRoundDays != null && (secondRoundDays <= dueDays || secondRoundDays > 2 * MAX_DUE_DAYS)) {
      throw new InvalidInputException("secondRoundDays", "A second round is due later than the first, at most " + 2 * MAX_DUE_DAYS + " days after delivery.");
    }
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).getPosition() != i + 1) {
        throw new InvalidInputException("questions", "Questions are numbered 1, 2, 3 ... in order.");
      }
    }
    this.questions.clear();
    this.questions.addAll(questions);
    this.dueDays = dueDays;
    this.secondRoundDays = secondRoundDays;
  }

  public void setAutoApprove(boolean autoApprove) {
    this.autoApprove = autoApprove;
  }

  public void linkIdeas(Set<Long> ideaIds) {
    this.linkedIdeas.clear();
    if (ideaIds != null) {
      this.linkedIdeas.addAll(ideaIds);
    }
  }

  /** Makes the program visible to eligible customers. It needs terms and a feedback form first. */
  public void publish() {
    if (state == ProgramState.CLOSED) {
      throw new ConflictException("This program is closed; create a new one.");
    }
    if (termsVersion == 0 || terms.isBlank()) {
      throw new ConflictException("terms", "Write the terms applicants accept before publishing.");
    }
    if (questions.isEmpty()) {
      throw new ConflictException("questions", "Add the feedback form before publishing.");
    }
    state = ProgramState.OPEN;
  }

  public void close() {
    state = ProgramState.CLOSED;
  }

  public boolean acceptsApplicationsAt(Instant now) {
    return state == ProgramState.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
  }

  /**
   * Why a customer may not apply, or empty when they may. Every restriction the team set must hold: the
   * customer's tier is one of the listed tiers, they are active in at least one of the listed areas, and
   * they are on the invitation list of an invitation-only program.
   */
  public Optional<String> whyNotEligible(Tier tier, Set<Long> activeAreas, boolean invited) {
    Set<Tier> tiers = getEligibleTiers();
    if (!tiers.isEmpty() && !tiers.contains(tier)) {
      return Optional.of("This program is for " + tiers.stream().map(t -> t.name().toLowerCase()).collect(Collectors.joining(", ")) + " customers.");
    }
    if (!eligibleAreas.isEmpty() && eligibleAreas.stream().noneMatch(activeAreas::contains)) {
      return Optional.of("This program is for customers active in its product areas.");
    }
    if (invitationOnly && !invited) {
      return Optional.of("This program is by invitation only.");
    }
    return Optional.empty();
  }

  /** When a round's feedback is due, counted from the delivery. */
  public Instant dueAt(Instant deliveredAt, int round) {
    return deliveredAt.plus(Duration.ofDays(round == 1 ? dueDays : Objects.requireNonNull(secondRoundDays)));
  }

  public int rounds() {
    return secondRoundDays == null ? 1 : 2;
  }

  public Optional<Question> question(int position) {
    return questions.stream().filter(q -> q.getPosition() == position).findFirst();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getProductVersion() {
    return productVersion;
  }

  /** "Trail shoe v2": the name with its version, as customers see it. */
  public String displayName() {
    return productVersion == null ? name : name + " " + productVersion;
  }

  public String getDescription() {
    return description;
  }

  public List<String> getImageUrls() {
    return imageUrls == null ? List.of() : Arrays.asList(imageUrls.split("\n"));
  }

  public long getAreaId() {
    return areaId;
  }

  public Long getProductId() {
    return productId;
  }

  public int getUnits() {
    return units;
  }

  public int getUnitsTaken() {
    return unitsTaken;
  }

  public Set<Tier> getEligibleTiers() {
    if (eligibleTiers == null || eligibleTiers.isEmpty()) {
      return EnumSet.noneOf(Tier.class);
    }
    return Arrays.stream(eligibleTiers.split(",")).map(Tier::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Tier.class)));
  }

  public Set<Long> getEligibleAreas() {
    return Set.copyOf(eligibleAreas);
  }

  public boolean isInvitationOnly() {
    return invitationOnly;
  }

  public Set<Long> getLinkedIdeas() {
    return Set.copyOf(linkedIdeas);
  }

  public String getTerms() {
    return terms;
  }

  public int getTermsVersion() {
    return termsVersion;
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }

  public int getDueDays() {
    return dueDays;
  }

  public Integer getSecondRoundDays() {
    return secondRoundDays;
  }

  public boolean isAutoApprove() {
    return autoApprove;
  }

  public ProgramState getState() {
    return state;
  }

  public List<Question> getQuestions() {
    return List.copyOf(questions);
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
