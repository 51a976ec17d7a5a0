package org.example.portal.feedback.api;

/** Lets other modules turn a customer's request into an idea (support does with tickets). Implemented by feedback. */
public interface IdeaProposals {

  /**
   * Posts an idea on the customer's behalf: they are its author, its first voter and a follower, so they hear
   * about it like anyone who posted it themselves. Refused, naming the field, when the title, description or
   * product area would be refused from the customer; the hourly limit on new ideas does not apply, since staff
   * post it.
   */
  IdeaRef proposeFor(long customerId, String title, String description, long areaId);
}
