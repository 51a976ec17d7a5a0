package org.example.portal.prototypes.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.file.UploadedFiles;
import org.example.portal.core.rest.Caller;
import org.example.portal.prototypes.application.ProgramImages;
import org.example.portal.prototypes.application.SampleProgramService;
import org.example.portal.prototypes.domain.ProgramImage;

/**
 * A program's images: product managers and admins upload (the request body, PNG, JPEG, WebP or GIF, at most
 * 2 MB, at most six per program), remove and reorder them; everyone who may see the program reads them.
 * An image never changes under its id, so browsers may keep it for a long time and revalidate by its ETag.
 */
@Path("samples/programs/{id}/images")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProgramImageResource {

  /** One image of a program; {@code url} serves its bytes. */
  public record ImageDto(long id, int position, String fileName, String contentType, int sizeBytes, String url) {
    static ImageDto of(ProgramImage.Ref ref) {
      return new ImageDto(
          ref.id(), ref.position(), ref.fileName(), ref.contentType(), ref.sizeBytes(), "/api/v1/samples/programs/" + ref.programId() + "/images/" + ref.id());
    }
  }

  /** The new order of a program's images: each of their ids once. */
  public record ImageOrder(@NotNull(message = "{samples.images.order}") List<Long> imageIds) {}

  @Inject ProgramImages images;
  @Inject SampleProgramService programs;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public List<ImageDto> images(@PathParam("id") long id) {
    requireVisible(id);
    return images.images(id).stream().map(ImageDto::of).toList();
  }

  /** The image's bytes, as the type its first bytes showed; a request that names its ETag gets 304. */
  @GET
  @Path("{imageId}")
  @Produces({"image/png", "image/jpeg", "image/webp", "image/gif"})
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public Response image(@PathParam("id") long id, @PathParam("imageId") long imageId, @Context Request request) {
    requireVisible(id);
    ProgramImage image = images.image(id, imageId);
    EntityTag etag = new EntityTag(image.getEtag());
    // Private: who may see a program depends on the caller, so shared caches must not keep it.
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setMaxAge(86_400);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
    Response.ResponseBuilder response = unchanged != null ? unchanged : Response.ok(image.getContent(), image.getContentType());
    return response.tag(etag).cacheControl(cache).header("X-Content-Type-Options", "nosniff").build();
  }

  @APIResponseSchema(value = ImageDto.class, responseCode = "201")
  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public Response addImage(@PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body) throws IOException {
    if (fileName == null || fileName.isBlank()) {
      throw new InvalidInputException("fileName", "Give the image's file name, for example ?fileName=front.png.");
    }
    ProgramImage image = images.addImage(id, fileName, UploadedFiles.readAtMost(body, ProgramImage.MAX_BYTES));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(image.getId())).build()).entity(ImageDto.of(image.ref())).build();
  }

  @DELETE
  @Path("{imageId}")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public Response removeImage(@PathParam("id") long id, @PathParam("imageId") long imageId) {
    images.removeImage(id, imageId);
    return Response.noContent().build();
  }

  /** Puts the images in the order given; answers them in that order. */
  @PUT
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public List<ImageDto> reorder(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid ImageOrder order) {
    return images.reorder(id, order.imageIds()).stream().map(ImageDto::of).toList();
  }

  /** Staff see every program; customers only published ones (404 for a draft, as for the program itself). */
  private void requireVisible(long id) {
    if (Caller.isStaff(security)) {
      programs.program(id);
    } else {
      programs.visibleProgram(id);
    }
  }
}
