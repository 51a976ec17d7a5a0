package org.example.portal.selfservice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.example.portal.core.submission.SubmissionChanged;

/**
 * Tells the customers whose tickets asked for an idea that it shipped. Observes the ideas' status changes in the
 * transaction that makes them, so the e-mails go out exactly when the change is committed.
 */
@ApplicationScoped
public class ShippedIdeas {

  /** The ideas module's submission kind and shipped status, as its events name them. */
  static final String IDEA = "idea";
  static final String SHIPPED = "SHIPPED";

  @Inject TicketService tickets;

  void changed(@Observes SubmissionChanged event) {
    if (IDEA.equals(event.kind()) && SHIPPED.equals(event.status())) {
      tickets.ideaShipped(event.id());
    }
  }
}
