package org.example.portal.core.rest.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON schemas (the OpenAPI 3.0 dialect) of the Java types that cross the wire, as JSON-B writes and reads
 * them. Records become named schemas under {@code components/schemas}, referred to by {@code $ref}; Bean
 * Validation constraints on record components and parameters become {@code required} and schema limits.
 */
final class JsonSchemas {

  private static final String REF_PREFIX = "#/components/schemas/";

  private record Scalar(String type, String format) {}

  private static final Map<Class<?>, Scalar> SCALARS =
      Map.ofEntries(
          Map.entry(String.class, new Scalar("string", null)),
          Map.entry(char.class, new Scalar("string", null)),
          Map.entry(Character.class, new Scalar("string", null)),
          Map.entry(boolean.class, new Scalar("boolean", null)),
          Map.entry(Boolean.class, new Scalar("boolean", null)),
          Map.entry(byte.class, new Scalar("integer", "int32")),
          Map.entry(Byte.class, new Scalar("integer", "int32")),
          Map.entry(short.class, new Scalar("integer", "int32")),
          Map.entry(Short.class, new Scalar("integer", "int32")),
          Map.entry(int.class, new Scalar("integer", "int32")),
          Map.entry(Integer.class, new Scalar("integer", "int32")),
          Map.entry(long.class, new Scalar("integer", "int64")),
          Map.entry(Long.class, new Scalar("integer", "int64")),
          Map.entry(BigInteger.class, new Scalar("integer", null)),
          Map.entry(float.class, new Scalar("number", "float")),
          Map.entry(Float.class, new Scalar("number", "float")),
          Map.entry(double.class, new Scalar("number", "double")),
          Map.entry(Double.class, new Scalar("number", "double")),
          Map.entry(BigDecimal.class, new Scalar("number", null)),
          Map.entry(Number.class, new Scalar("number", null)),
          Map.entry(Instant.class, new Scalar("string", "date-time")),
          Map.entry(OffsetDateTime.class, new Scalar("string", "date-time")),
          Map.entry(ZonedDateTime.class, new Scalar("string", "date-time")),
          // No offset, so not an RFC 3339 date-time.
          Map.entry(LocalDateTime.class, new Scalar("string", null)),
          Map.entry(LocalDate.class, new Scalar("string", "date")),
          Map.entry(LocalTime.class, new Scalar("string", null)),
          Map.entry(Duration.class, new Scalar("string", null)),
          Map.entry(UUID.class, new Scalar("string", "uuid")),
          Map.entry(URI.class, new Scalar("string", "uri")),
          // JSON-B writes byte arrays as Base64.
          Map.entry(byte[].class, new Scalar("string", "byte")));

  private final Map<Class<?>, String> names = new HashMap<>();
  private final Map<String, JsonObject> components = new TreeMap<>();

  /** The schema of a type, or a {@code $ref} to its named schema. */
  JsonObject of(Type type) {
    if (type instanceof Class<?> plain) {
      return ofClass(plain);
    }
    if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
      Type[] arguments = generic.getActualTypeArguments();
      if (raw == Optional.class) {
        return of(arguments[0]);
      }
      if (Collection.class.isAssignableFrom(raw)) {
        return array(of(arguments[0]), Set.class.isAssignableFrom(raw));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return Json.createObjectBuilder().add("type", "object").add("additionalProperties", of(arguments[1])).build();
      }
      return ofClass(raw);
    }
    if (type instanceof GenericArrayType array) {
      return array(of(array.getGenericComponentType()), false);
    }
    if (type instanceof WildcardType wildcard) {
      return of(wildcard.getUpperBounds()[0]);
    }
    // A type variable: anything goes.
    return JsonObject.EMPTY_JSON_OBJECT;
  }

  /** The schema of a type narrowed by the Bean Validation constraints on a field or parameter. */
  JsonObject of(Type type, AnnotatedElement constrained) {
    JsonObject schema = of(type);
    // OpenAPI 3.0 ignores every keyword beside a $ref; a referenced object's limits live in its own schema.
    if (schema.containsKey("$ref")) {
      return schema;
    }
    boolean array = "array".equals(schema.getString("type", ""));
    JsonObjectBuilder narrowed = Json.createObjectBuilder(schema);
    Size size = constrained.getAnnotation(Size.class);
    boolean notEmpty = constrained.isAnnotationPresent(NotBlank.class) || constrained.isAnnotationPresent(NotEmpty.class);
    int min = Math.max(size == null ? 0 : size.min(), notEmpty ? 1 : 0);
    if (min > 0) {
      narrowed.add(array ? "minItems" : "minLength", min);
    }
    if (size != null && size.max() != Integer.MAX_VALUE) {
      narrowed.add(array ? "maxItems" : "maxLength", size.max());
    }
    if (constrained.isAnnotationPresent(Email.class)) {
      narrowed.add("format", "email");
    }
    Pattern pattern = constrained.getAnnotation(Pattern.class);
    if (pattern != null) {
      // Bean Validation matches the whole value; a JSON schema pattern matches anywhere unless anchored.
      narrowed.add("pattern", "^(?:" + pattern.regexp() + ")$");
    }
    numericLimits(narrowed, constrained);
    return narrowed.build();
  }

  /** Whether Bean Validation rejects a missing value. */
  static boolean required(AnnotatedElement constrained) {
    return constrained.isAnnotationPresent(NotNull.class)
        || constrained.isAnnotationPresent(NotBlank.class)
        || constrained.isAnnotationPresent(NotEmpty.class);
  }

  /** Every named schema handed out so far, by name. */
  JsonObject components() {
    JsonObjectBuilder all = Json.createObjectBuilder();
    components.forEach(all::add);
    return all.build();
  }

  private JsonObject ofClass(Class<?> type) {
    Scalar scalar = SCALARS.get(type);
    if (scalar != null) {
      JsonObjectBuilder schema = Json.createObjectBuilder().add("type", scalar.type());
      return scalar.format() == null ? schema.build() : schema.add("format", scalar.format()).build();
    }
    if (type.isEnum()) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      for (Object constant : type.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      return Json.createObjectBuilder().add("type", "string").add("enum", values).build();
    }
    if (type.isArray()) {
      return array(of(type.getComponentType()), false);
    }
    if (Collection.class.isAssignableFrom(type)) {
      return array(JsonObject.EMPTY_JSON_OBJECT, Set.class.isAssignableFrom(type));
    }
    if (type.isRecord()) {
      return Json.createObjectBuilder().add("$ref", REF_PREFIX + named(type)).build();
    }
    if (type == Object.class) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    return Json.createObjectBuilder().add("type", "object").build();
  }

  private static JsonObject array(JsonObject items, boolean unique) {
    JsonObjectBuilder schema = Json.createObjectBuilder().add("type", "array").add("items", items);
    return unique ? schema.add("uniqueItems", true).build() : schema.build();
  }

  /** Registers the record's schema on first use and returns its name. */
  private String named(Class<?> record) {
    String known = names.get(record);
    if (known != null) {
      return known;
    }
    String name = unusedName(record);
    // Named before its properties are described, so that a record that contains itself ends in a $ref.
    names.put(record, name);
    components.put(name, recordSchema(record));
    return name;
  }

  private String unusedName(Class<?> type) {
    String packageName = type.getPackageName();
    String nested = type.getName().substring(packageName.isEmpty() ? 0 : packageName.length() + 1);
    for (String candidate : new String[] {type.getSimpleName(), nested.replace('$', '.')}) {
      if (!names.containsValue(candidate)) {
        return candidate;
      }
    }
    return type.getName().replace('$', '.');
  }

  private JsonObject recordSchema(Class<?> record) {
    JsonObjectBuilder properties = Json.createObjectBuilder();
    JsonArrayBuilder required = Json.createArrayBuilder();
    for (RecordComponent component : record.getRecordComponents()) {
      // Constraints and JSON-B annotations on a component reach the field, not the RecordComponent.
      Field field = field(record, component);
      if (field.isAnnotationPresent(JsonbTransient.class)) {
        continue;
      }
      JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
      String name = renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
      properties.add(name, of(component.getGenericType(), field));
      if (required(field)) {
        required.add(name);
      }
    }
    JsonObjectBuilder schema = Json.createObjectBuilder().add("type", "object");
    JsonArray requiredNames = required.build();
    if (!requiredNames.isEmpty()) {
      schema.add("required", requiredNames);
    }
    return schema.add("properties", properties).build();
  }

  private static Field field(Class<?> record, RecordComponent component) {
    try {
      return record.getDeclaredField(component.getName());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Every record component has a field: " + component, e);
    }
  }

  private static void numericLimits(JsonObjectBuilder schema, AnnotatedElement constrained) {
    Min min = constrained.getAnnotation(Min.class);
    if (min != null) {
      schema.add("minimum", min.value());
    }
    Max max = constrained.getAnnotation(Max.class);
    if (max != null) {
      schema.add("maximum", max.value());
    }
    DecimalMin decimalMin = constrained.getAnnotation(DecimalMin.class);
    if (decimalMin != null) {
      schema.add("minimum", new BigDecimal(decimalMin.value()));
      if (!decimalMin.inclusive()) {
        schema.add("exclusiveMinimum", true);
      }
    }
    DecimalMax decimalMax = constrained.getAnnotation(DecimalMax.class);
    if (decimalMax != null) {
      schema.add("maximum", new BigDecimal(decimalMax.value()));
      if (!decimalMax.inclusive()) {
        schema.add("exclusiveMaximum", true);
      }
    }
  }
}
