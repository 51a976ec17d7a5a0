package org.example.portal.bench.jmh;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.example.portal.core.account.rest.MeResource;
import org.example.portal.core.catalog.rest.CatalogResource;
import org.example.portal.core.rest.AccessControlFeature;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The access rule every REST request passes: {@link AccessControlFeature}'s filter for a resource method, as
 * registered at deployment, checking a signed-in caller's roles and an anonymous call to a public method.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AccessRuleBenchmark {

  private ContainerRequestFilter signedInOnly;
  private ContainerRequestFilter public_;
  private ContainerRequestContext customer;
  private ContainerRequestContext anonymous;
  private Method me;

  @Setup
  public void setUp() throws NoSuchMethodException {
    me = MeResource.class.getMethod("me");
    signedInOnly = filterFor(me, MeResource.class);
    public_ = filterFor(CatalogResource.class.getMethod("areas"), CatalogResource.class);
    customer = request(() -> "42", Set.of("CUSTOMER"));
    anonymous = request(null, Set.of());
  }

  /** A signed-in customer calling an endpoint open to all five roles: the role loop runs. */
  @Benchmark
  public ContainerRequestContext signedInCallerWithRole() throws Exception {
    signedInOnly.filter(customer);
    return customer;
  }

  @Benchmark
  public ContainerRequestContext anonymousCallerOnPublicEndpoint() throws Exception {
    public_.filter(anonymous);
    return anonymous;
  }

  /** Deriving the rule from annotations, done once per method at deployment. */
  @Benchmark
  public AccessControlFeature.Rule ruleFromAnnotations() {
    return AccessControlFeature.rule(me, MeResource.class);
  }

  /** The filter the feature registers for a resource method, as JAX-RS would at deployment. */
  static ContainerRequestFilter filterFor(Method method, Class<?> resource) {
    ContainerRequestFilter[] registered = new ContainerRequestFilter[1];
    ResourceInfo info = stub(ResourceInfo.class, (name, args) -> switch (name) {
      case "getResourceMethod" -> method;
      case "getResourceClass" -> resource;
      default -> null;
    });
    FeatureContext context = stub(FeatureContext.class, (name, args) -> {
      if (name.equals("register")) {
        registered[0] = (ContainerRequestFilter) args[0];
      }
      return null;
    });
    new AccessControlFeature().configure(info, context);
    return registered[0];
  }

  private static ContainerRequestContext request(Principal principal, Set<String> roles) {
    SecurityContext security = stub(SecurityContext.class, (name, args) -> switch (name) {
      case "getUserPrincipal" -> principal;
      case "isUserInRole" -> roles.contains((String) args[0]);
      case "isSecure" -> false;
      default -> null;
    });
    return stub(ContainerRequestContext.class, (name, args) -> name.equals("getSecurityContext") ? security : null);
  }

  interface Answer {
    Object answer(String method, Object[] args);
  }

  @SuppressWarnings("unchecked")
  static <T> T stub(Class<T> type, Answer answer) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> answer.answer(method.getName(), args));
  }
}
