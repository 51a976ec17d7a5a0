package org.example.portal.core.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.example.portal.core.error.PortalException;
import org.example.portal.core.i18n.Translations;
import org.example.portal.core.i18n.ValidationText;

/**
 * The one place where failures become HTTP responses. Every response is problem+json; resources contain
 * no try/catch.
 */
public final class ExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

  private ExceptionMappers() {}

  /** Business failures carry their own status and a message written for people. */
  @Provider
  public static class PortalExceptionMapper implements ExceptionMapper<PortalException> {
    @Override
    public Response toResponse(PortalException e) {
      Response.Status status = Response.Status.fromStatusCode(e.kind().status());
      List<Problem.FieldError> errors =
          e.field() == null ? null : List.of(new Problem.FieldError(e.field(), e.getMessage()));
      return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), e.getMessage(), errors)
          .toResponse();
    }
  }

  /** Bean Validation failures: 400 with each invalid field and its message. */
  @Provider
  public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<Problem.FieldError> errors =
          e.getConstraintViolations().stream()
              .map(v -> new Problem.FieldError(fieldName(v), ValidationText.of(v, Translations.ENGLISH)))
              .sorted(Comparator.comparing(Problem.FieldError::field))
              .toList();
      String detail =
          errors.size() == 1
              ? "One field is invalid: " + errors.get(0).field() + "."
              : errors.size() + " fields are invalid: "
                  + errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "))
                  + ".";
      return Problem.invalid(detail, errors).toResponse();
    }

    /**
     * The path a client knows: {@code email} for a property of the request body, the parameter name for a
     * query or path parameter, never the Java method name.
     */
    static String fieldName(ConstraintViolation<?> violation) {
      List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
      String properties =
          nodes.stream()
              .filter(n -> n.getKind() == ElementKind.PROPERTY || n.getKind() == ElementKind.CONTAINER_ELEMENT)
              .map(n -> n.getName() == null ? "" : n.getName())
              .filter(n -> !n.isEmpty())
              .collect(Collectors.joining("."));
      if (!properties.isEmpty()) {
        return properties;
      }
      return nodes.stream()
          .filter(n -> n.getKind() == ElementKind.PARAMETER)
          .map(Path.Node::getName)
          .findFirst()
          .orElse("request");
    }
  }

  /** A body that is not JSON, or JSON of the wrong shape. */
  @Provider
  public static class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return malformedBody();
    }
  }

  /** Jersey wraps body reading failures in a ProcessingException. */
  @Provider
  public static class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return malformedBody();
    }
  }

  static Response malformedBody() {
    return Problem.of(
            Response.Status.BAD_REQUEST,
            "The request body could not be read. Send a JSON object with the fields this endpoint documents.")
        .toResponse();
  }

  /** JAX-RS's own failures (unknown path, wrong method, missing credentials) keep their status. */
  @Provider
  public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      Response.StatusType status = original.getStatusInfo();
      // First: Jersey reports an unconvertible parameter with a ProcessingException as its cause, too.
      String parameter = unreadableParameter(e);
      if (parameter != null) {
        String message = "'" + parameter + "' has a value this address does not accept; see the API document for its values.";
        return Problem.invalid(message, List.of(new Problem.FieldError(parameter, message))).toResponse();
      }
      if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
        return malformedBody();
      }
      String detail =
          switch (status.getStatusCode()) {
            case 401 -> "Sign in first: send HTTP Basic credentials or a personal API token as a Bearer token.";
            case 403 -> "Your account is not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that HTTP method.";
            case 406 -> "This address answers in JSON only.";
            case 415 -> "Send the request body as application/json.";
            default -> status.getReasonPhrase();
          };
      Response.ResponseBuilder response =
          Response.fromResponse(Problem.of(status, detail).toResponse());
      if (e instanceof NotAuthorizedException) {
        response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"portal\", Bearer realm=\"portal\"");
      }
      return response.build();
    }
  }

  /**
   * The name of a query, header or form parameter the server could not convert (such as an unknown enum value):
   * Jersey answers 404 through its {@code ParamException} without saying which one. A path that does not convert
   * stays a 404: there is nothing at that address. Read by name, so the portal does not depend on the server's
   * JAX-RS implementation.
   */
  static String unreadableParameter(WebApplicationException e) {
    if (e.getClass().getSimpleName().equals("PathParamException")) {
      return null;
    }
    for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getName().equals("org.glassfish.jersey.server.ParamException")) {
        try {
          Object name = type.getMethod("getParameterName").invoke(e);
          return name == null ? null : name.toString();
        } catch (ReflectiveOperationException | RuntimeException ignored) {
          return null;
        }
      }
    }
    return null;
  }

  /** A concurrent edit or a unique key that another request took first. */
  @Provider
  public static class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {
    @Override
    public Response toResponse(PersistenceException e) {
      if (e instanceof OptimisticLockException) {
        return Problem.of(
                Response.Status.CONFLICT,
                "Someone else changed this record at the same time. Reload it and apply your change again.")
            .toResponse();
      }
      if (isConstraintViolation(e)) {
        return Problem.of(
                Response.Status.CONFLICT,
                "This conflicts with data that already exists (for example a name or e-mail that is taken).")
            .toResponse();
      }
      return UnexpectedExceptionMapper.unexpected(e);
    }

    static boolean isConstraintViolation(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
          return true;
        }
      }
      return false;
    }
  }

  /** Anything else is our fault: log it with an incident id and tell the client only the id. */
  @Provider
  public static class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      return unexpected(e);
    }

    static Response unexpected(Throwable e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
      return Problem.of(
              Response.Status.INTERNAL_SERVER_ERROR,
              "Something went wrong on our side. Quote incident " + incident + " if you contact support.")
          .toResponse();
    }
  }
}
