package org.example.portal.pricingbids.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The bid terms of one idea (the feedback module's, referenced by id): what it would be built with, and from what price. */
@Entity
@Table(name = "bids_idea_terms")
public class IdeaTerms extends BidTerms {

  @Id
  @Column(name = "idea_id")
  private Long ideaId;

  @ElementCollection
  @CollectionTable(name = "bids_idea_terms_option", joinColumns = @JoinColumn(name = "idea_id"))
  @OrderColumn(name = "position")
  private List<OptionChoice> options = new ArrayList<>();

  protected IdeaTerms() {}

  public IdeaTerms(long ideaId) {
    this.ideaId = ideaId;
  }

  /** Terms for an idea nobody has set terms for: any positive price and quantity, free text only. */
  public static IdeaTerms none(long ideaId) {
    return new IdeaTerms(ideaId);
  }

  @Override
  protected List<OptionChoice> options() {
    return options;
  }

  @Override
  protected void replaceOptions(List<OptionChoice> options) {
    this.options = options;
  }

  public Long getIdeaId() {
    return ideaId;
  }
}
