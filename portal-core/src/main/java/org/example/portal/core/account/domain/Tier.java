package org.example.portal.core.account.domain;

/** A customer's tier: it weights their votes and the priority their submissions get. */
public enum Tier {
  STANDARD(1),
  SILVER(2),
  GOLD(3),
  PLATINUM(5);

  private final int weight;

  Tier(int weight) {
    this.weight = weight;
  }

  public int weight() {
    return weight;
  }
}
