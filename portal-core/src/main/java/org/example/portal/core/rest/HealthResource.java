package org.example.portal.core.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.portal.core.persistence.StartupReconciliation;
import org.example.portal.core.search.SearchMaintenance;

/** Is the portal up and can it reach its database? For load balancers and monitoring. */
@Path("health")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());

  @PersistenceContext EntityManager em;
  @Inject SearchMaintenance search;
  @Inject @Any Instance<StartupReconciliation> reconciliations;

  /**
   * Overall status and the database's, each UP or DOWN; the search indexes': READY, or RECONCILING while they
   * catch up with the database after a start (the portal is up and searches answer meanwhile); and the same for
   * all of the start's catching up ({@link StartupReconciliation}: the indexes and projections such as the inbox).
   */
  public record Health(String status, String database, String search, String startup) {}

  @GET
  public Response health() {
    boolean database;
    try {
      em.createNativeQuery("select 1").getSingleResult();
      database = true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Health check cannot reach the database", e);
      database = false;
    }
    boolean started = reconciliations.stream().allMatch(StartupReconciliation::isStartupReconciled);
    Health health = new Health(database ? "UP" : "DOWN", database ? "UP" : "DOWN", state(search.isStartupReconciled()), state(started));
    return Response.status(database ? 200 : 503).entity(health).build();
  }

  private static String state(boolean reconciled) {
    return reconciled ? "READY" : "RECONCILING";
  }
}
