package org.example.portal.core.search;

import java.util.Objects;

/**
 * A module's request to change its index, fired as a CDI event inside the transaction that changed the
 * data. {@link SearchIndexer} applies it only after that transaction commits, so a rolled-back change never
 * reaches the index; a crash in between is repaired by start-up reconciliation.
 *
 * @param document the new content, or null when the document must leave the index
 */
public record IndexChange(String context, String id, SearchDocument document) {

  public IndexChange {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(id, "id");
  }

  public static IndexChange put(String context, SearchDocument document) {
    return new IndexChange(context, document.id(), document);
  }

  public static IndexChange remove(String context, String id) {
    return new IndexChange(context, id, null);
  }

  public boolean isRemoval() {
    return document == null;
  }
}
