package org.example.portal.triage.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Small sets kept in one column as comma-separated values: read whole, never queried by element. */
final class Csv {

  private Csv() {}

  static String join(Collection<?> values) {
    return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static Set<String> split(String column) {
    if (column == null || column.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static Set<Long> splitLongs(String column) {
    return split(column).stream().map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
