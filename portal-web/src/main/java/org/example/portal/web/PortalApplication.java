package org.example.portal.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The REST API, version 1. Resources and providers of every module are found by scanning, so this class
 * never names a feature. The OpenAPI document is served at {@code /openapi}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Customer feedback portal API",
            version = "1",
            description =
                "Ideas, product samples, counter-price bids, knowledge base, support tickets and triage."
                    + " Errors are application/problem+json (RFC 9457)."),
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecuritySchemes({
  @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
  @SecurityScheme(
      securitySchemeName = "token",
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      description = "A personal API token created under Account > API tokens")
})
public class PortalApplication extends Application {}
