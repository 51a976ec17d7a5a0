/** Result files under {@code target/bench}: one JSON document per run, printed as a table and compared. */
package org.example.portal.bench.report;
