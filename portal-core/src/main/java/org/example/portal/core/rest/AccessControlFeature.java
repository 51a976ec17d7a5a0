package org.example.portal.core.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Enforces {@link RolesAllowed}, {@link PermitAll} and {@link DenyAll} on every resource method, method
 * annotation first, then the class. A method with none of them is closed: forgetting to declare who may
 * call an endpoint never opens it to everybody.
 */
@Provider
public class AccessControlFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    context.register(new Check(rule(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass())));
  }

  /** Who may call: everybody, any signed-in caller holding one of the roles, or nobody. */
  public record Rule(boolean permitAll, List<String> roles) {
    static final Rule DENY = new Rule(false, List.of());
  }

  /** The rule for a resource method; public so that the OpenAPI document states what this filter enforces. */
  public static Rule rule(Method method, Class<?> resourceClass) {
    Rule onMethod = declared(method);
    if (onMethod != null) {
      return onMethod;
    }
    Rule onClass = declared(resourceClass);
    return onClass != null ? onClass : Rule.DENY;
  }

  private static Rule declared(AnnotatedElement element) {
    if (element.isAnnotationPresent(DenyAll.class)) {
      return Rule.DENY;
    }
    if (element.isAnnotationPresent(PermitAll.class)) {
      return new Rule(true, List.of());
    }
    RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
    return roles == null ? null : new Rule(false, Arrays.asList(roles.value()));
  }

  @Priority(Priorities.AUTHORIZATION)
  static class Check implements ContainerRequestFilter {
    private final Rule rule;

    Check(Rule rule) {
      this.rule = rule;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (rule.permitAll()) {
        return;
      }
      var security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        throw new NotAuthorizedException("Basic realm=\"portal\"");
      }
      if (rule.roles().stream().noneMatch(security::isUserInRole)) {
        throw new ForbiddenException();
      }
    }
  }
}
