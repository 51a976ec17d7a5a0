package org.example.portal.core.team.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A group of staff that covers some product areas. Product teams review ideas, samples and bids of their
 * areas; support teams answer tickets. Members and areas are held as ids: they belong to other aggregates.
 */
@Entity
@Table(name = "core_team")
@NamedQuery(name = "Team.all", query = "select t from Team t order by t.name")
@NamedQuery(name = "Team.findByName", query = "select t from Team t where lower(t.name) = lower(:name)")
@NamedQuery(name = "Team.ofMember", query = "select t from Team t join t.memberIds m where m = :accountId order by t.name")
public class Team {

  public static final int NAME_MAX_LENGTH = 80;

  /** What the team does. */
  public enum Kind {
    PRODUCT,
    SUPPORT
  }

  @Id
  @SequenceGenerator(name = "core_team_seq", sequenceName = "core_team_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_team_seq")
  private Long id;

  @Column(nullable = false, length = NAME_MAX_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "core_team_area", joinColumns = @JoinColumn(name = "team_id"))
  @Column(name = "area_id")
  private Set<Long> areaIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "core_team_member", joinColumns = @JoinColumn(name = "team_id"))
  @Column(name = "account_id")
  private Set<Long> memberIds = new HashSet<>();

  @Version private long version;

  protected Team() {}

  public Team(String name, Kind kind) {
    this.name = name.strip();
    this.kind = kind;
  }

  public void rename(String name) {
    this.name = name.strip();
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }

  public void coverAreas(Set<Long> areaIds) {
    this.areaIds.clear();
    this.areaIds.addAll(areaIds);
  }

  public void setMembers(Set<Long> memberIds) {
    this.memberIds.clear();
    this.memberIds.addAll(memberIds);
  }

  public boolean covers(long areaId) {
    return areaIds.contains(areaId);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Kind getKind() {
    return kind;
  }

  public Set<Long> getAreaIds() {
    return Collections.unmodifiableSet(areaIds);
  }

  public Set<Long> getMemberIds() {
    return Collections.unmodifiableSet(memberIds);
  }

  public long getVersion() {
    return version;
  }
}
