package org.example.portal.pricingbids.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** One choice within a requirement group, e.g. group "Colour", choice "Forest green". */
@Embeddable
public class OptionChoice implements Serializable {

  public static final int GROUP_MAX_LENGTH = 40;
  public static final int CHOICE_MAX_LENGTH = 60;

  @Column(name = "group_name", nullable = false, length = GROUP_MAX_LENGTH)
  private String groupName;

  @Column(nullable = false, length = CHOICE_MAX_LENGTH)
  private String choice;

  protected OptionChoice() {}

  public OptionChoice(String group, String choice) {
    this.groupName = group.strip();
    this.choice = choice.strip();
  }

  public String group() {
    return groupName;
  }

  public String choice() {
    return choice;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OptionChoice other && groupName.equals(other.groupName) && choice.equals(other.choice);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupName, choice);
  }

  @Override
  public String toString() {
    return groupName + ": " + choice;
  }
}
