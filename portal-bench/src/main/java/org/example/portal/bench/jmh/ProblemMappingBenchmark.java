package org.example.portal.bench.jmh;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;
import org.example.portal.core.account.application.Registration;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.core.rest.ExceptionMappers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Turning failures into {@code application/problem+json}: the exception mappers build the problem and JSON-B
 * writes it, as the server does for every rejected request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProblemMappingBenchmark {

  private final ExceptionMappers.ConstraintViolationMapper validation = new ExceptionMappers.ConstraintViolationMapper();
  private final ExceptionMappers.PortalExceptionMapper business = new ExceptionMappers.PortalExceptionMapper();
  private ConstraintViolationException invalidRegistration;
  private NotFoundException notFound;
  private Jsonb jsonb;

  @Setup
  public void setUp() {
    try (var factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      var violations = validator.validate(new Registration("not an address", "", "short", "fr"));
      invalidRegistration = new ConstraintViolationException(violations);
    }
    notFound = new NotFoundException("Product", 4711L);
    jsonb = JsonbBuilder.create();
  }

  @TearDown
  public void tearDown() throws Exception {
    jsonb.close();
  }

  /** Four invalid fields: translated messages, sorted, with a summary, written as JSON. */
  @Benchmark
  public String invalidRegistrationToJson() {
    Response response = validation.toResponse(invalidRegistration);
    return jsonb.toJson(response.getEntity());
  }

  @Benchmark
  public String notFoundToJson() {
    Response response = business.toResponse(notFound);
    return jsonb.toJson(response.getEntity());
  }
}
