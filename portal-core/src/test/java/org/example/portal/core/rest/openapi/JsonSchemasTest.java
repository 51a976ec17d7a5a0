package org.example.portal.core.rest.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonSchemasTest {

  enum Tier {
    FREE,
    PRO
  }

  record Signup(
      @Email @Size(max = 200) String email,
      @NotBlank @Size(min = 8, max = 72) String password,
      @Pattern(regexp = "en|uz") String language,
      @NotEmpty Set<Tier> tiers,
      @DecimalMin(value = "0.00", inclusive = false) BigDecimal price,
      @NotNull Instant createdAt,
      Optional<Integer> age,
      Map<String, Long> counts,
      @JsonbProperty("display_name") String displayName,
      @JsonbTransient String secret) {}

  record Node(String name, List<Node> children) {}

  static class First {
    record Item(String a) {}
  }

  static class Second {
    record Item(String b) {}
  }

  private final JsonSchemas schemas = new JsonSchemas();

  private JsonObject properties(Class<?> record) {
    String ref = schemas.of(record).getString("$ref");
    String name = ref.substring("#/components/schemas/".length());
    return schemas.components().getJsonObject(name).getJsonObject("properties");
  }

  @Test
  void aRecordIsANamedObjectReferredToByRef() {
    assertEquals("#/components/schemas/Signup", schemas.of(Signup.class).getString("$ref"));
    assertEquals("object", schemas.components().getJsonObject("Signup").getString("type"));
  }

  @Test
  void constraintsBecomeFormatsLengthsAndAnchoredPatterns() {
    JsonObject signup = properties(Signup.class);
    assertEquals("email", signup.getJsonObject("email").getString("format"));
    assertEquals(200, signup.getJsonObject("email").getInt("maxLength"));
    assertEquals(8, signup.getJsonObject("password").getInt("minLength"));
    assertEquals(72, signup.getJsonObject("password").getInt("maxLength"));
    assertEquals("^(?:en|uz)$", signup.getJsonObject("language").getString("pattern"));
    assertEquals(1, signup.getJsonObject("tiers").getInt("minItems"));
    assertEquals(BigDecimal.ZERO.setScale(2), signup.getJsonObject("price").getJsonNumber("minimum").bigDecimalValue());
    assertTrue(signup.getJsonObject("price").getBoolean("exclusiveMinimum"));
  }

  @Test
  void onlyNotNullNotBlankAndNotEmptyMakeAFieldRequired() {
    schemas.of(Signup.class);
    JsonObject signup = schemas.components().getJsonObject("Signup");
    assertEquals(
        List.of("password", "tiers", "createdAt"),
        signup.getJsonArray("required").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
  }

  @Test
  void wireTypesMapToTheirJsonTypes() {
    JsonObject signup = properties(Signup.class);
    assertEquals("number", signup.getJsonObject("price").getString("type"));
    assertEquals("date-time", signup.getJsonObject("createdAt").getString("format"));
    assertEquals("int32", signup.getJsonObject("age").getString("format"));
    assertEquals("int64", signup.getJsonObject("counts").getJsonObject("additionalProperties").getString("format"));
    JsonObject tiers = signup.getJsonObject("tiers");
    assertEquals("array", tiers.getString("type"));
    assertEquals(
        List.of("FREE", "PRO"),
        tiers.getJsonObject("items").getJsonArray("enum").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
  }

  @Test
  void jsonbNamesAreHonouredAndTransientFieldsLeftOut() {
    JsonObject signup = properties(Signup.class);
    assertTrue(signup.containsKey("display_name"));
    assertFalse(signup.containsKey("displayName"));
    assertFalse(signup.containsKey("secret"));
  }

  @Test
  void aRecordThatContainsItselfEndsInARef() {
    JsonObject children = properties(Node.class).getJsonObject("children");
    assertEquals("#/components/schemas/Node", children.getJsonObject("items").getString("$ref"));
  }

  @Test
  void twoRecordsWithTheSameSimpleNameGetDistinctNames() {
    assertEquals("#/components/schemas/Item", schemas.of(First.Item.class).getString("$ref"));
    assertEquals("#/components/schemas/JsonSchemasTest.Second.Item", schemas.of(Second.Item.class).getString("$ref"));
    assertEquals("#/components/schemas/Item", schemas.of(First.Item.class).getString("$ref"));
  }
}
