package org.example.portal.selfservice.application;

/** Who is looking at a ticket: staff see every ticket and internal notes, customers only their own and public messages. */
public record Viewer(long accountId, boolean staff) {

  public static Viewer customer(long accountId) {
    return new Viewer(accountId, false);
  }

  public static Viewer staff(long accountId) {
    return new Viewer(accountId, true);
  }
}
