package org.example.portal.bench.data;

import java.util.List;

/**
 * What the core population loaded, for the features' populations: customers and staff as id blocks (customer
 * number n, counting from 1, has id {@code customers.id(n - 1)}), the bench admin, areas, products, teams.
 */
public record CoreData(
    IdBlock customers, IdBlock staff, long adminId, List<Long> areaIds, List<Long> productIds, List<Long> teamIds) {

  public CoreData {
    areaIds = List.copyOf(areaIds);
    productIds = List.copyOf(productIds);
    teamIds = List.copyOf(teamIds);
  }
}
