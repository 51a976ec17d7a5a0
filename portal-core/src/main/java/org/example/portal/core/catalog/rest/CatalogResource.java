package org.example.portal.core.catalog.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.catalog.application.AreaForm;
import org.example.portal.core.catalog.application.CatalogService;
import org.example.portal.core.catalog.application.ProductForm;
import org.example.portal.core.catalog.domain.Product;
import org.example.portal.core.catalog.domain.ProductArea;

/** The product catalog: anyone reads it, admins maintain it. */
@Path("catalog")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

  @Inject CatalogService catalog;

  /** A product area on the wire. */
  public record AreaDto(long id, String name, String description, boolean active) {
    static AreaDto of(ProductArea a) {
      return new AreaDto(a.getId(), a.getName(), a.getDescription(), a.isActive());
    }
  }

  /** A product on the wire. */
  public record ProductDto(
      long id, long areaId, String name, String description, String currency, BigDecimal listPrice, boolean active) {
    static ProductDto of(Product p) {
      return new ProductDto(
          p.getId(), p.getAreaId(), p.getName(), p.getDescription(), p.getCurrency(), p.getListPrice(), p.isActive());
    }
  }

  @GET
  @Path("areas")
  @PermitAll
  public List<AreaDto> areas() {
    return catalog.areas().stream().map(AreaDto::of).toList();
  }

  @APIResponseSchema(value = AreaDto.class, responseCode = "201")
  @POST
  @Path("areas")
  @RolesAllowed(Role.Names.ADMIN)
  public Response createArea(@NotNull(message = "{request.body.required}") @Valid AreaForm form) {
    return Response.status(Response.Status.CREATED).entity(AreaDto.of(catalog.createArea(form))).build();
  }

  @PUT
  @Path("areas/{id}")
  @RolesAllowed(Role.Names.ADMIN)
  public AreaDto updateArea(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid AreaForm form) {
    return AreaDto.of(catalog.updateArea(id, form));
  }

  @GET
  @Path("products")
  @PermitAll
  public List<ProductDto> products(@QueryParam("areaId") Long areaId) {
    return catalog.products(areaId).stream().map(ProductDto::of).toList();
  }

  @GET
  @Path("products/{id}")
  @PermitAll
  public ProductDto product(@PathParam("id") long id) {
    return ProductDto.of(catalog.product(id));
  }

  @APIResponseSchema(value = ProductDto.class, responseCode = "201")
  @POST
  @Path("products")
  @RolesAllowed(Role.Names.ADMIN)
  public Response createProduct(@NotNull(message = "{request.body.required}") @Valid ProductForm form) {
    return Response.status(Response.Status.CREATED).entity(ProductDto.of(catalog.createProduct(form))).build();
  }

  @PUT
  @Path("products/{id}")
  @RolesAllowed(Role.Names.ADMIN)
  public ProductDto updateProduct(
      @PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid ProductForm form) {
    return ProductDto.of(catalog.updateProduct(id, form));
  }
}
