package org.example.portal.core.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a module's database says its index should hold. Each module that keeps an index contributes one bean
 * of this type; core uses it to reconcile at start-up and to rebuild, and never needs to know the module.
 */
public interface SearchSource {

  /** The index's name, also its folder under {@code search/}. Lower case letters, digits and dashes. */
  String context();

  /** The id and current {@link SearchDocument#version()} of every document that belongs in the index. */
  Map<String, Long> versions();

  /** The id → version map of {@link #versions()} from rows of (id, version), as a module's query returns them. */
  static Map<String, Long> versionsOf(List<Object[]> rows) {
    Map<String, Long> versions = new HashMap<>(rows.size() * 2);
    for (Object[] row : rows) {
      versions.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
    }
    return versions;
  }

  /** The documents for these ids as they should be indexed; ids that no longer qualify are left out. */
  List<SearchDocument> documents(Collection<String> ids);
}
