package org.example.portal.selfservice.domain;

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
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.example.portal.core.account.domain.Tier;

/**
 * Service-level targets, in business minutes, for tickets of one priority, either for one customer tier or
 * (tier null) for every tier that has no policy of its own.
 */
@Entity
@Table(name = "selfservice_sla_policy")
@NamedQuery(name = "SlaPolicy.all", query = "select p from SlaPolicy p order by p.priority, p.tier")
public class SlaPolicy {

  @Id
  @SequenceGenerator(name = "selfservice_sla_policy_seq", sequenceName = "selfservice_sla_policy_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selfservice_sla_policy_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Priority priority;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Tier tier;

  @Column(name = "first_response_minutes", nullable = false)
  private int firstResponseMinutes;

  @Column(name = "resolution_minutes", nullable = false)
  private int resolutionMinutes;

  @Version private long version;

  protected SlaPolicy() {}

  public SlaPolicy(Priority priority, Tier tier, int firstResponseMinutes, int resolutionMinutes) {
    this.priority = priority;
    this.tier = tier;
    change(firstResponseMinutes, resolutionMinutes);
  }

  public void change(int firstResponseMinutes, int resolutionMinutes) {
    this.firstResponseMinutes = firstResponseMinutes;
    this.resolutionMinutes = resolutionMinutes;
    targets();
  }

  public SlaTargets targets() {
    return SlaTargets.ofMinutes(firstResponseMinutes, resolutionMinutes);
  }

  /** The policy for a priority and tier: the tier's own, else the one for every tier. */
  public static Optional<SlaPolicy> choose(Collection<SlaPolicy> policies, Priority priority, Tier tier) {
    return policies.stream()
        .filter(p -> p.priority == priority && (p.tier == null || p.tier == tier))
        .min(Comparator.comparing(p -> p.tier == null));
  }

  public Long getId() {
    return id;
  }

  public Priority getPriority() {
    return priority;
  }

  public Tier getTier() {
    return tier;
  }

  public int getFirstResponseMinutes() {
    return firstResponseMinutes;
  }

  public int getResolutionMinutes() {
    return resolutionMinutes;
  }

  public long getVersion() {
    return version;
  }
}
