package org.example.portal.feedback.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What other modules (samples, bids, tickets) may ask about ideas. Implemented by the feedback module. */
public interface IdeaLookup {

  /**
   * The idea with this id as the public sees it. An idea merged into another resolves to the idea it was
   * merged into; a hidden idea is not found.
   */
  Optional<IdeaRef> find(long ideaId);

  /** Public ideas most similar to the text (for example a ticket's subject), best first. */
  List<IdeaRef> similar(String text, int limit);

  /** The customers who voted for or follow the idea. */
  Set<Long> supporters(long ideaId);

  /** The idea's id and the ids of every idea merged into it, whose references now lead to it. */
  Set<Long> withMerged(long ideaId);
}
