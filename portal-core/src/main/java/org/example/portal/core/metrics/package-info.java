/**
 * Figures features contribute to the staff dashboard: each feature measures its own data for a period (and
 * optionally one product area) and returns typed figures and rankings through {@link DashboardSource}, so
 * the dashboard never reads another module's tables. Also the small arithmetic they share: rates and
 * percentiles from counted values.
 */
package org.example.portal.core.metrics;
