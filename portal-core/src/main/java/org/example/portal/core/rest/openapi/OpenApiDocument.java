package org.example.portal.core.rest.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.example.portal.core.rest.AccessControlFeature;
import org.example.portal.core.rest.Problem;

/**
 * The OpenAPI 3.0 document of a set of JAX-RS resource classes, built by reflection. It reads {@link Path},
 * the HTTP method annotations, {@link Produces}/{@link Consumes}, path, query, header and cookie parameters,
 * the entity parameter (the one without a JAX-RS annotation), the return type (or, for a method returning
 * {@link Response}, MicroProfile's {@link APIResponseSchema} and {@link APIResponse}), and the access rule
 * that {@link AccessControlFeature} enforces. Paths, operations and schemas come out in a fixed order, so the
 * same resources always give the same document.
 */
public final class OpenApiDocument {

  static final String SERVER = "/api/v1";

  // The order of the Path Item fields in the OpenAPI specification, which is how people expect to read them.
  private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private static final JsonArray AUTHENTICATED =
      Json.createArrayBuilder()
          .add(Json.createObjectBuilder().add("basic", JsonArray.EMPTY_JSON_ARRAY))
          .add(Json.createObjectBuilder().add("token", JsonArray.EMPTY_JSON_ARRAY))
          .build();

  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

  private final List<Class<?>> resources;
  private final JsonSchemas schemas = new JsonSchemas();
  private final Set<String> operationIds = new HashSet<>();

  private OpenApiDocument(Collection<Class<?>> resources) {
    this.resources = resources.stream().distinct().sorted(Comparator.comparing(Class::getName)).toList();
  }

  /** The document describing these resource classes, served from {@value #SERVER}. */
  public static JsonObject describe(Collection<Class<?>> resources) {
    return new OpenApiDocument(resources).build();
  }

  private JsonObject build() {
    JsonObject paths = paths();
    // After the paths, so that every schema an operation refers to has been named.
    JsonObject components = components();
    return Json.createObjectBuilder()
        .add("openapi", "3.0.3")
        .add("info", info())
        .add("servers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", SERVER)))
        .add("paths", paths)
        .add("components", components)
        .build();
  }

  private static JsonObject info() {
    return Json.createObjectBuilder()
        .add("title", "Customer feedback portal API")
        .add("version", "1")
        .add(
            "description",
            "The portal's REST API. Sign in with HTTP Basic (e-mail and password) or send a personal API token"
                + " as a Bearer token. Every error is application/problem+json (RFC 9457), with one entry per"
                + " invalid field.")
        .build();
  }

  private JsonObject paths() {
    Map<String, Map<String, JsonObject>> operationsByPath = new TreeMap<>();
    for (Class<?> resource : resources) {
      for (Method method : resourceMethods(resource)) {
        String path = path(resource, method);
        String httpMethod = httpMethod(method).orElseThrow();
        operationsByPath
            .computeIfAbsent(path, p -> new TreeMap<>(Comparator.comparing(HTTP_METHODS::indexOf)))
            .put(httpMethod, operation(resource, method, path));
      }
    }
    JsonObjectBuilder paths = Json.createObjectBuilder();
    operationsByPath.forEach(
        (path, operations) -> {
          JsonObjectBuilder item = Json.createObjectBuilder();
          operations.forEach(item::add);
          paths.add(path, item);
        });
    return paths.build();
  }

  private static List<Method> resourceMethods(Class<?> resource) {
    return Arrays.stream(resource.getMethods())
        .filter(method -> !method.isBridge() && !method.isSynthetic())
        .filter(method -> httpMethod(method).isPresent())
        .sorted(Comparator.comparing(Method::getName).thenComparing(method -> Arrays.toString(method.getParameterTypes())))
        .toList();
  }

  private static Optional<String> httpMethod(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
        .filter(Objects::nonNull)
        .map(designator -> designator.value().toLowerCase(Locale.ROOT))
        .filter(HTTP_METHODS::contains)
        .findFirst();
  }

  private JsonObject operation(Class<?> resource, Method method, String path) {
    AccessControlFeature.Rule rule = AccessControlFeature.rule(method, resource);
    JsonObjectBuilder operation =
        Json.createObjectBuilder()
            .add("tags", Json.createArrayBuilder().add(tag(resource)))
            .add("description", access(rule))
            .add("operationId", operationId(resource, method));
    JsonArray parameters = parameters(method, path);
    if (!parameters.isEmpty()) {
      operation.add("parameters", parameters);
    }
    requestBody(resource, method).ifPresent(body -> operation.add("requestBody", body));
    operation.add("responses", responses(resource, method));
    security(operation, rule);
    return operation.build();
  }

  private static String tag(Class<?> resource) {
    String name = resource.getSimpleName();
    return name.endsWith("Resource") && name.length() > "Resource".length()
        ? name.substring(0, name.length() - "Resource".length())
        : name;
  }

  private String operationId(Class<?> resource, Method method) {
    String base = resource.getSimpleName() + "_" + method.getName();
    String id = base;
    // Overloaded Java methods would otherwise share an id, which OpenAPI forbids.
    for (int n = 2; !operationIds.add(id); n++) {
      id = base + "_" + n;
    }
    return id;
  }

  /** The path below the application path, with template names but without their regular expressions. */
  private static String path(Class<?> resource, Method method) {
    String joined = "/" + pathOf(resource.getAnnotation(Path.class)) + "/" + pathOf(method.getAnnotation(Path.class));
    String path = withoutRegularExpressions(joined).replaceAll("/{2,}", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static String pathOf(Path path) {
    return path == null ? "" : path.value();
  }

  private static String withoutRegularExpressions(String path) {
    StringBuilder plain = new StringBuilder();
    int depth = 0;
    boolean regex = false;
    for (char c : path.toCharArray()) {
      if (c == '{') {
        depth++;
        if (depth == 1) {
          regex = false;
          plain.append(c);
        }
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          plain.append(c);
        }
      } else if (depth == 0) {
        plain.append(c);
      } else if (depth == 1 && c == ':') {
        regex = true;
      } else if (!regex && !Character.isWhitespace(c)) {
        plain.append(c);
      }
    }
    return plain.toString();
  }

  private JsonArray parameters(Method method, String path) {
    JsonArrayBuilder parameters = Json.createArrayBuilder();
    Set<String> pathNames = new LinkedHashSet<>(templateNames(path));
    for (Parameter parameter : method.getParameters()) {
      String name;
      String in;
      if (parameter.isAnnotationPresent(PathParam.class)) {
        name = parameter.getAnnotation(PathParam.class).value();
        in = "path";
        pathNames.remove(name);
      } else if (parameter.isAnnotationPresent(QueryParam.class)) {
        name = parameter.getAnnotation(QueryParam.class).value();
        in = "query";
      } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
        name = parameter.getAnnotation(HeaderParam.class).value();
        in = "header";
      } else if (parameter.isAnnotationPresent(CookieParam.class)) {
        name = parameter.getAnnotation(CookieParam.class).value();
        in = "cookie";
      } else {
        continue;
      }
      parameters.add(
          Json.createObjectBuilder()
              .add("name", name)
              .add("in", in)
              .add("required", in.equals("path") || JsonSchemas.required(parameter))
              .add("schema", schemas.of(parameter.getParameterizedType(), parameter)));
    }
    // OpenAPI requires every template in the path to be declared, even one the method reads through UriInfo.
    for (String name : pathNames) {
      parameters.add(
          Json.createObjectBuilder()
              .add("name", name)
              .add("in", "path")
              .add("required", true)
              .add("schema", Json.createObjectBuilder().add("type", "string")));
    }
    return parameters.build();
  }

  private static List<String> templateNames(String path) {
    List<String> names = new ArrayList<>();
    Matcher template = TEMPLATE.matcher(path);
    while (template.find()) {
      names.add(template.group(1));
    }
    return names;
  }

  private Optional<JsonObject> requestBody(Class<?> resource, Method method) {
    return Arrays.stream(method.getParameters())
        .filter(OpenApiDocument::isEntity)
        .findFirst()
        .map(
            entity ->
                Json.createObjectBuilder()
                    .add("required", JsonSchemas.required(entity))
                    .add("content", content(consumes(resource, method), schemas.of(entity.getParameterizedType(), entity)))
                    .build());
  }

  /** The request body is the one parameter JAX-RS does not fill from the URI, headers or context. */
  private static boolean isEntity(Parameter parameter) {
    return Arrays.stream(parameter.getAnnotations())
        .map(annotation -> annotation.annotationType().getPackageName())
        .noneMatch(packageName -> packageName.startsWith("jakarta.ws.rs"));
  }

  private JsonObject responses(Class<?> resource, Method method) {
    JsonObjectBuilder responses = Json.createObjectBuilder();
    Map<String, JsonObject> declared = declaredResponses(resource, method);
    if (!declared.isEmpty()) {
      declared.forEach(responses::add);
    } else if (method.getReturnType() == void.class) {
      responses.add("204", response("204"));
    } else if (Response.class.isAssignableFrom(method.getReturnType())) {
      // The status and body are chosen at run time, where reflection cannot see them.
      responses.add("2XX", Json.createObjectBuilder().add("description", "Success"));
    } else {
      responses.add(
          "200",
          Json.createObjectBuilder(response("200"))
              .add("content", content(produces(resource, method), schemas.of(method.getGenericReturnType()))));
    }
    responses.add(
        "default",
        Json.createObjectBuilder()
            .add("description", "An error, as RFC 9457 problem details")
            .add("content", problemContent()));
    return responses.build();
  }

  /**
   * Responses stated with MicroProfile OpenAPI's {@link APIResponseSchema} and {@link APIResponse} (status and
   * description; an error status gets the problem body), for methods whose {@link Response} hides the status.
   */
  private Map<String, JsonObject> declaredResponses(Class<?> resource, Method method) {
    Map<String, JsonObject> declared = new TreeMap<>();
    APIResponseSchema withSchema = method.getAnnotation(APIResponseSchema.class);
    if (withSchema != null) {
      String status = withSchema.responseCode().isEmpty() ? "200" : withSchema.responseCode();
      JsonObjectBuilder response = Json.createObjectBuilder(response(status));
      if (!withSchema.responseDescription().isEmpty()) {
        response.add("description", withSchema.responseDescription());
      }
      declared.put(status, response.add("content", content(produces(resource, method), schemas.of(withSchema.value()))).build());
    }
    for (APIResponse stated : method.getAnnotationsByType(APIResponse.class)) {
      String status = stated.responseCode();
      if (status.isEmpty() || declared.containsKey(status)) {
        continue;
      }
      JsonObjectBuilder response = Json.createObjectBuilder(response(status));
      if (!stated.description().isEmpty()) {
        response.add("description", stated.description());
      }
      if (status.startsWith("4") || status.startsWith("5")) {
        response.add("content", problemContent());
      }
      declared.put(status, response.build());
    }
    return declared;
  }

  /** A response described by its status's reason phrase. */
  private static JsonObject response(String status) {
    Response.Status known = status.matches("\\d{3}") ? Response.Status.fromStatusCode(Integer.parseInt(status)) : null;
    return Json.createObjectBuilder().add("description", known == null ? status : known.getReasonPhrase()).build();
  }

  private JsonObject problemContent() {
    return content(List.of(Problem.MEDIA_TYPE), schemas.of(Problem.class));
  }

  private static JsonObject content(List<String> mediaTypes, JsonObject schema) {
    JsonObjectBuilder content = Json.createObjectBuilder();
    for (String mediaType : mediaTypes) {
      content.add(mediaType, Json.createObjectBuilder().add("schema", schema));
    }
    return content.build();
  }

  private static List<String> produces(Class<?> resource, Method method) {
    Produces produces = Optional.ofNullable(method.getAnnotation(Produces.class)).orElse(resource.getAnnotation(Produces.class));
    return mediaTypes(produces == null ? null : produces.value());
  }

  private static List<String> consumes(Class<?> resource, Method method) {
    Consumes consumes = Optional.ofNullable(method.getAnnotation(Consumes.class)).orElse(resource.getAnnotation(Consumes.class));
    return mediaTypes(consumes == null ? null : consumes.value());
  }

  /** The declared media types; JSON, the portal's only format, when none are declared. */
  private static List<String> mediaTypes(String[] declared) {
    if (declared == null) {
      return List.of(MediaType.APPLICATION_JSON);
    }
    // JAX-RS allows "a/b, c/d" in one string.
    return Arrays.stream(declared)
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .distinct()
        .toList();
  }

  private static String access(AccessControlFeature.Rule rule) {
    if (rule.permitAll()) {
      return "Open to everybody";
    }
    return rule.roles().isEmpty() ? "Closed" : "Roles: " + String.join(", ", rule.roles());
  }

  private static void security(JsonObjectBuilder operation, AccessControlFeature.Rule rule) {
    if (rule.permitAll()) {
      operation.add("security", JsonArray.EMPTY_JSON_ARRAY);
      return;
    }
    // A closed endpoint still asks for credentials first: the filter answers 401 before it answers 403.
    operation.add("security", AUTHENTICATED);
    operation.add("x-roles", Json.createArrayBuilder(rule.roles()));
  }

  private JsonObject components() {
    return Json.createObjectBuilder()
        .add("schemas", schemas.components())
        .add(
            "securitySchemes",
            Json.createObjectBuilder()
                .add(
                    "basic",
                    Json.createObjectBuilder()
                        .add("type", "http")
                        .add("scheme", "basic")
                        .add("description", "The e-mail address and password of a portal account"))
                .add(
                    "token",
                    Json.createObjectBuilder()
                        .add("type", "http")
                        .add("scheme", "bearer")
                        .add("description", "A personal API token, created under My account")))
        .build();
  }
}
