package org.example.portal.core.rest.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Serves the OpenAPI 3.0 document of the REST API at {@code /api/v1/openapi.json}, and at {@code
 * /api/v1/openapi} for tools that look there. Payara's own {@code /openapi} describes only classes in the
 * WAR, not the resources in module jars.
 */
// The class has no path of its own because the two documents' paths share no parent segment.
@Path("")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {

  @Inject ApiDescription description;

  @GET
  @Path("openapi.json")
  public JsonObject openApiJson() {
    return description.document();
  }

  @GET
  @Path("openapi")
  public JsonObject openApi() {
    return description.document();
  }
}
