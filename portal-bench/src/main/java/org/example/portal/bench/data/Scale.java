package org.example.portal.bench.data;

/**
 * How much to generate. Customers drive everything else: each one is an account row and a role row, so
 * 500,000 customers make about 1,000,000 rows. Features scale their own rows from these figures.
 */
public record Scale(int customers, int staff, long seed) {

  public Scale {
    if (customers < 1 || staff < 1) {
      throw new IllegalArgumentException("Generate at least one customer and one staff member");
    }
  }

  /** Staff in proportion to customers, as a support organisation grows: one per 500 customers, at least 10. */
  public static Scale ofCustomers(int customers, long seed) {
    return new Scale(customers, Math.max(10, customers / 500), seed);
  }
}
