package org.example.portal.bench.data;

import java.sql.SQLException;
import java.util.Set;

/**
 * One module's share of the generated data. Implementations are listed in
 * {@code META-INF/services/org.example.portal.bench.data.Population}; a feature that needs another's rows
 * (ideas need customers and products) names it in {@link #after()} and reads what it shared through
 * {@link PopulationContext#get(Class)}.
 */
public interface Population {

  /** A short name, e.g. {@code core}, {@code feedback}; also seeds this population's random numbers. */
  String name();

  /** Names of the populations that must be loaded first. */
  default Set<String> after() {
    return Set.of();
  }

  void load(PopulationContext context) throws SQLException;
}
