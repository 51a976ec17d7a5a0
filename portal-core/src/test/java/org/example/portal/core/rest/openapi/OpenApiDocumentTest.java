package org.example.portal.core.rest.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

  enum Colour {
    RED,
    GREEN
  }

  record WidgetForm(@NotBlank @Size(max = 40) String name, @NotNull Colour colour, Set<Colour> extras) {}

  record WidgetDto(long id, String name, Colour colour) {}

  @Path("widgets")
  @RolesAllowed("ADMIN")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  static class WidgetResource {

    @GET
    @PermitAll
    public List<WidgetDto> widgets(@QueryParam("colour") Colour colour, @HeaderParam("X-Trace") String trace) {
      return List.of();
    }

    @GET
    @Path("{id: \\d+}")
    @PermitAll
    public WidgetDto widget(@PathParam("id") long id) {
      return null;
    }

    @POST
    public Response create(@NotNull @Valid WidgetForm form, @Context UriInfo uri) {
      return Response.noContent().build();
    }

    @POST
    @Path("{id}/copies")
    @APIResponseSchema(value = WidgetDto.class, responseCode = "201")
    @APIResponse(responseCode = "409", description = "The widget is locked")
    public Response copy(@PathParam("id") long id) {
      return Response.noContent().build();
    }

    @POST
    @Path("{id}/polish")
    @APIResponse(responseCode = "202")
    public Response polish(@PathParam("id") long id) {
      return Response.accepted().build();
    }

    @PUT
    @Path("/{id}/")
    @RolesAllowed({"ADMIN", "SUPPORT_AGENT"})
    public WidgetDto update(@PathParam("id") long id, WidgetForm form) {
      return null;
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {}

    @DELETE
    @DenyAll
    public void deleteAll() {}
  }

  @Path("/gadgets")
  static class GadgetResource {

    @GET
    @Path("search")
    public List<String> search(@NotNull @QueryParam("q") String query) {
      return List.of();
    }

    public String notAnEndpoint() {
      return "";
    }
  }

  private static final JsonObject DOCUMENT =
      OpenApiDocument.describe(List.of(WidgetResource.class, GadgetResource.class));

  private static JsonObject operation(String path, String method) {
    return DOCUMENT.getJsonObject("paths").getJsonObject(path).getJsonObject(method);
  }

  private static JsonObject parameter(JsonObject operation, String name) {
    return operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static JsonObject component(String name) {
    return DOCUMENT.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
  }

  @Test
  void pathsJoinTheClassAndMethodPathsAndComeOutSorted() {
    assertEquals(
        List.of("/gadgets/search", "/widgets", "/widgets/{id}", "/widgets/{id}/copies", "/widgets/{id}/polish"),
        List.copyOf(DOCUMENT.getJsonObject("paths").keySet()));
  }

  @Test
  void everyHttpMethodOfAPathIsAnOperationInTheSpecificationsOrder() {
    assertEquals(List.of("get", "post", "delete"), List.copyOf(DOCUMENT.getJsonObject("paths").getJsonObject("/widgets").keySet()));
    assertEquals(List.of("get", "put", "delete"), List.copyOf(DOCUMENT.getJsonObject("paths").getJsonObject("/widgets/{id}").keySet()));
  }

  @Test
  void operationsAreNamedAfterClassAndMethodAndTaggedWithTheResourceName() {
    JsonObject update = operation("/widgets/{id}", "put");
    assertEquals("WidgetResource_update", update.getString("operationId"));
    assertEquals(List.of("Widget"), strings(update.getJsonArray("tags")));
  }

  @Test
  void pathQueryAndHeaderParametersCarryTheirLocationAndType() {
    JsonObject widgets = operation("/widgets", "get");
    JsonObject colour = parameter(widgets, "colour");
    assertEquals("query", colour.getString("in"));
    assertFalse(colour.getBoolean("required"));
    assertEquals(List.of("RED", "GREEN"), strings(colour.getJsonObject("schema").getJsonArray("enum")));
    assertEquals("header", parameter(widgets, "X-Trace").getString("in"));

    JsonObject id = parameter(operation("/widgets/{id}", "get"), "id");
    assertEquals("path", id.getString("in"));
    assertTrue(id.getBoolean("required"));
    assertEquals("integer", id.getJsonObject("schema").getString("type"));
    assertEquals("int64", id.getJsonObject("schema").getString("format"));
  }

  @Test
  void aQueryParameterWithNotNullIsRequired() {
    assertTrue(parameter(operation("/gadgets/search", "get"), "q").getBoolean("required"));
  }

  @Test
  void theEntityParameterBecomesTheRequestBodyAndContextParametersAreLeftOut() {
    JsonObject create = operation("/widgets", "post");
    assertFalse(create.containsKey("parameters"));
    JsonObject body = create.getJsonObject("requestBody");
    assertTrue(body.getBoolean("required"));
    assertEquals(
        "#/components/schemas/WidgetForm",
        body.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    assertFalse(operation("/widgets/{id}", "put").getJsonObject("requestBody").getBoolean("required"));
  }

  @Test
  void requestBodySchemasListTheirRequiredFieldsAndEnumValues() {
    JsonObject form = component("WidgetForm");
    assertEquals(List.of("name", "colour"), strings(form.getJsonArray("required")));
    JsonObject properties = form.getJsonObject("properties");
    assertEquals(40, properties.getJsonObject("name").getInt("maxLength"));
    assertEquals(List.of("RED", "GREEN"), strings(properties.getJsonObject("colour").getJsonArray("enum")));
    JsonObject extras = properties.getJsonObject("extras");
    assertEquals("array", extras.getString("type"));
    assertTrue(extras.getBoolean("uniqueItems"));
    assertEquals(List.of("RED", "GREEN"), strings(extras.getJsonObject("items").getJsonArray("enum")));
  }

  @Test
  void aReturnedEntityIsDocumentedAsTheOkResponse() {
    JsonObject ok = operation("/widgets", "get").getJsonObject("responses").getJsonObject("200");
    JsonObject schema = ok.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
    assertEquals("array", schema.getString("type"));
    assertEquals("#/components/schemas/WidgetDto", schema.getJsonObject("items").getString("$ref"));
  }

  @Test
  void voidMeansNoContentAndAResponseLeavesTheStatusOpen() {
    assertEquals(Set.of("204", "default"), operation("/widgets/{id}", "delete").getJsonObject("responses").keySet());
    assertEquals(Set.of("2XX", "default"), operation("/widgets", "post").getJsonObject("responses").keySet());
  }

  @Test
  void microProfileAnnotationsStateTheStatusAndBodyThatAResponseHides() {
    JsonObject copied = operation("/widgets/{id}/copies", "post").getJsonObject("responses");
    assertEquals(List.of("201", "409", "default"), List.copyOf(copied.keySet()));
    assertEquals("Created", copied.getJsonObject("201").getString("description"));
    assertEquals(
        "#/components/schemas/WidgetDto",
        copied.getJsonObject("201").getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    assertEquals("The widget is locked", copied.getJsonObject("409").getString("description"));
    assertTrue(copied.getJsonObject("409").getJsonObject("content").containsKey("application/problem+json"));

    JsonObject polished = operation("/widgets/{id}/polish", "post").getJsonObject("responses");
    assertEquals("Accepted", polished.getJsonObject("202").getString("description"));
    assertFalse(polished.getJsonObject("202").containsKey("content"));
  }

  @Test
  void everyOperationMayAnswerWithAProblem() {
    JsonObject problem =
        operation("/gadgets/search", "get")
            .getJsonObject("responses")
            .getJsonObject("default")
            .getJsonObject("content")
            .getJsonObject("application/problem+json")
            .getJsonObject("schema");
    assertEquals("#/components/schemas/Problem", problem.getString("$ref"));
    assertEquals(
        List.of("type", "title", "status", "detail", "errors"), List.copyOf(component("Problem").getJsonObject("properties").keySet()));
    assertTrue(component("FieldError").getJsonObject("properties").containsKey("message"));
  }

  @Test
  void anOpenEndpointAsksForNoCredentials() {
    JsonObject widget = operation("/widgets/{id}", "get");
    assertEquals(JsonArray.EMPTY_JSON_ARRAY, widget.getJsonArray("security"));
    assertFalse(widget.containsKey("x-roles"));
  }

  @Test
  void anEndpointWithRolesAsksForBasicOrTokenAndNamesTheRoles() {
    JsonObject update = operation("/widgets/{id}", "put");
    assertEquals(
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("basic", JsonArray.EMPTY_JSON_ARRAY))
            .add(Json.createObjectBuilder().add("token", JsonArray.EMPTY_JSON_ARRAY))
            .build(),
        update.getJsonArray("security"));
    assertEquals(List.of("ADMIN", "SUPPORT_AGENT"), strings(update.getJsonArray("x-roles")));
    assertEquals("Roles: ADMIN, SUPPORT_AGENT", update.getString("description"));
    assertEquals(List.of("ADMIN"), strings(operation("/widgets", "post").getJsonArray("x-roles")));
  }

  @Test
  void anEndpointThatDeclaresNoRolesIsDocumentedAsClosed() {
    for (JsonObject closed : List.of(operation("/gadgets/search", "get"), operation("/widgets", "delete"))) {
      assertEquals("Closed", closed.getString("description"));
      assertEquals(JsonArray.EMPTY_JSON_ARRAY, closed.getJsonArray("x-roles"));
      assertEquals(2, closed.getJsonArray("security").size());
    }
  }

  @Test
  void theDocumentNamesTheApiItsServerAndBothWaysToSignIn() {
    assertEquals("3.0.3", DOCUMENT.getString("openapi"));
    assertEquals("Customer feedback portal API", DOCUMENT.getJsonObject("info").getString("title"));
    assertEquals("1", DOCUMENT.getJsonObject("info").getString("version"));
    assertTrue(DOCUMENT.getJsonObject("info").getString("description").contains("application/problem+json"));
    assertEquals("/api/v1", DOCUMENT.getJsonArray("servers").getJsonObject(0).getString("url"));
    JsonObject schemes = DOCUMENT.getJsonObject("components").getJsonObject("securitySchemes");
    assertEquals("basic", schemes.getJsonObject("basic").getString("scheme"));
    assertEquals("bearer", schemes.getJsonObject("token").getString("scheme"));
  }

  @Test
  void theDocumentDescribesWhereItIsServed() {
    JsonObject paths = OpenApiDocument.describe(List.of(OpenApiResource.class)).getJsonObject("paths");
    assertEquals(List.of("/openapi", "/openapi.json"), List.copyOf(paths.keySet()));
    assertEquals(JsonArray.EMPTY_JSON_ARRAY, paths.getJsonObject("/openapi.json").getJsonObject("get").getJsonArray("security"));
  }

  @Test
  void theSameResourcesInAnyOrderGiveTheSameDocument() {
    assertEquals(
        DOCUMENT.toString(),
        OpenApiDocument.describe(List.of(GadgetResource.class, WidgetResource.class, GadgetResource.class)).toString());
  }
}
