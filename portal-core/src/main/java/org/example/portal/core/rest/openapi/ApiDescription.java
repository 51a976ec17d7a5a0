package org.example.portal.core.rest.openapi;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenAPI document of every REST resource the application holds, built once. Resources are found as CDI
 * beans whose class carries {@link Path}, so a module's resources are described as soon as its jar is in the
 * WAR, and core never names them.
 */
@ApplicationScoped
public class ApiDescription {

  @Inject BeanManager beanManager;

  private JsonObject document;

  @PostConstruct
  void build() {
    Set<Class<?>> resources =
        beanManager.getBeans(Object.class, Any.Literal.INSTANCE).stream()
            .map(Bean::getBeanClass)
            .filter(type -> type.isAnnotationPresent(Path.class))
            .collect(Collectors.toSet());
    document = OpenApiDocument.describe(resources);
  }

  public JsonObject document() {
    return document;
  }
}
