package org.example.portal.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, version 1. Resources and providers of every module are found by scanning, so this class
 * never names a feature. The OpenAPI document is served at {@code /api/v1/openapi.json}, generated from the
 * resources of every module by {@code org.example.portal.core.rest.openapi}; Payara's own {@code /openapi}
 * sees only classes in this WAR and so shows no paths.
 */
@ApplicationPath("/api/v1")
public class PortalApplication extends Application {}
