package org.example.portal.core.search;

/** How far a full rebuild of one index has come; {@code failure} is set when it stopped on an error. */
public record RebuildProgress(String context, int done, int total, boolean finished, String failure) {

  public static RebuildProgress idle(String context) {
    return new RebuildProgress(context, 0, 0, true, null);
  }

  public double fraction() {
    return total == 0 ? (finished ? 1 : 0) : (double) done / total;
  }
}
