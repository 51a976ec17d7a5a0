/**
 * The data generator: a seeded, reproducible population written straight into a portal database with JDBC
 * batches. Each feature adds its own {@link org.example.portal.bench.data.Population}; this package depends on
 * the JDK and JDBC only, so integration tests can run it without the portal's classes.
 */
package org.example.portal.bench.data;
