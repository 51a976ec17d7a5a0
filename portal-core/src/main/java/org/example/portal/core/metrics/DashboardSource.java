package org.example.portal.core.metrics;

/**
 * One feature's panel of the staff dashboard. Each feature contributes one bean; the dashboard shows the
 * panels in {@link #order()} and names them by {@link #panel()} in its CSV downloads. An implementation
 * aggregates in the database over indexed columns, so a panel costs the same however many rows lie outside
 * the period.
 */
public interface DashboardSource {

  /** The panel's name: lower-case letters and dashes, unique in the portal, e.g. {@code support}. */
  String panel();

  /** Where the panel stands among the others, smallest first. */
  int order();

  /** The panel's figures for the period, of one product area when the period names one. */
  DashboardPanel figures(Period period);
}
