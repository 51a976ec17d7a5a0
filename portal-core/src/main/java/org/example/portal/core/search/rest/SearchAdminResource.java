package org.example.portal.core.search.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.search.RebuildProgress;
import org.example.portal.core.search.ReconcileReport;
import org.example.portal.core.search.SearchIndexes;
import org.example.portal.core.search.SearchMaintenance;

/** Admins look after the search indexes: size, reconciliation with the database, full rebuilds. */
@Path("admin/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class SearchAdminResource {

  @Inject SearchMaintenance maintenance;

  @Inject SearchIndexes indexes;

  /** One index on the wire. */
  public record IndexDto(String context, int documents, RebuildProgress rebuild) {}

  @GET
  public List<IndexDto> indexes() {
    return maintenance.contexts().stream()
        .map(c -> new IndexDto(c, indexes.index(c).size(), maintenance.progress(c)))
        .toList();
  }

  /** Re-indexes what changed in the database behind the index's back and removes what was deleted. */
  @POST
  @Path("{context}/reconcile")
  public ReconcileReport reconcile(@PathParam("context") String context) {
    return maintenance.reconcile(context);
  }

  @APIResponseSchema(value = RebuildProgress.class, responseCode = "202")
  @POST
  @Path("{context}/rebuild")
  public Response rebuild(@PathParam("context") String context) {
    return Response.accepted(maintenance.rebuild(context)).build();
  }

  @GET
  @Path("{context}/rebuild")
  public RebuildProgress rebuildProgress(@PathParam("context") String context) {
    return maintenance.progress(context);
  }
}
