/**
 * JMH micro-benchmarks of hot paths that need no HTTP, and the runner that writes their figures. A feature
 * adds its benchmarks here as classes named {@code *Benchmark}; the runner finds every one.
 */
package org.example.portal.bench.jmh;
