package org.example.portal.triage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.stream.Collectors;
import org.example.portal.core.account.domain.Tier;

/** A routing rule as triage leads keep it: conditions and a target, at a position in the ordered list. */
@Entity
@Table(name = "triage_rule")
@NamedQuery(name = "RoutingRule.ordered", query = "select r from RoutingRule r order by r.position, r.id")
@NamedQuery(
    name = "RoutingRule.fingerprint",
    query = "select count(r), coalesce(sum(r.id), 0), coalesce(sum(r.version), 0), coalesce(sum(r.position), 0) from RoutingRule r")
public class RoutingRule {

  public static final int NAME_MAX_LENGTH = 80;

  @Id
  @SequenceGenerator(name = "triage_rule_seq", sequenceName = "triage_rule_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triage_rule_seq")
  private Long id;

  @Column(name = "place", nullable = false)
  private int position;

  @Column(nullable = false, length = NAME_MAX_LENGTH)
  private String name;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false)
  private String kinds;

  @Column(name = "area_ids", nullable = false)
  private String areaIds;

  @Column(name = "text_query", nullable = false, length = TextCondition.MAX_LENGTH)
  private String textQuery;

  @Column(nullable = false)
  private String tiers;

  @Column(nullable = false)
  private String languages;

  @Column(name = "team_id")
  private Long teamId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Priority priority;

  @Column(nullable = false)
  private String tags;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AssignmentMode assignment;

  @Column(nullable = false)
  private boolean confidential;

  @Version private long version;

  protected RoutingRule() {}

  public RoutingRule(RuleSpec spec, int position) {
    this.position = position;
    change(spec);
  }

  public void change(RuleSpec spec) {
    this.name = spec.name().strip();
    this.enabled = spec.enabled();
    this.kinds = Csv.join(spec.kinds().stream().sorted().toList());
    this.areaIds = Csv.join(spec.areaIds().stream().sorted().toList());
    this.textQuery = spec.textQuery();
    this.tiers = Csv.join(spec.tiers().stream().sorted().toList());
    this.languages = Csv.join(spec.languages().stream().sorted().toList());
    this.teamId = spec.teamId();
    this.priority = spec.priority();
    this.tags = Csv.join(spec.tags().stream().sorted().toList());
    this.assignment = spec.assignment();
    this.confidential = spec.confidential();
  }

  public RuleSpec spec() {
    return new RuleSpec(
        name,
        enabled,
        Csv.split(kinds),
        Csv.splitLongs(areaIds),
        textQuery,
        Csv.split(tiers).stream().map(Tier::valueOf).collect(Collectors.toSet()),
        Csv.split(languages),
        teamId,
        priority,
        Csv.split(tags),
        assignment,
        confidential);
  }

  public Router.CompiledRule compiled() {
    return Router.CompiledRule.of(id, spec());
  }

  public void moveTo(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public long getVersion() {
    return version;
  }
}
