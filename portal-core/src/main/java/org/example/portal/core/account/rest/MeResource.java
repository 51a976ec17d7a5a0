package org.example.portal.core.account.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.account.application.IssuedApiToken;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.ApiToken;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.rest.Caller;

/** The signed-in caller's own account and personal API tokens. */
@Path("me")
@RequestScoped
@RolesAllowed({
  Role.Names.CUSTOMER,
  Role.Names.SUPPORT_AGENT,
  Role.Names.PRODUCT_MANAGER,
  Role.Names.TRIAGE_LEAD,
  Role.Names.ADMIN
})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject AccountService service;
  @Inject Accounts accounts;
  @Context SecurityContext security;

  @GET
  public AccountDto me() {
    return AccountDto.of(accounts.get(Caller.id(security)));
  }

  /** Fields of the profile a person may change themselves. */
  public record ProfileUpdate(String displayName, String language) {}

  @PUT
  public AccountDto updateProfile(@NotNull(message = "{request.body.required}") ProfileUpdate update) {
    return AccountDto.of(service.updateProfile(Caller.id(security), update.displayName(), update.language()));
  }

  /** A token as listed: never its secret. */
  public record TokenDto(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
    static TokenDto of(ApiToken t) {
      return new TokenDto(t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt());
    }
  }

  /** A new token with its secret, which the API returns only this once. */
  public record NewTokenDto(long id, String name, Instant expiresAt, String token) {}

  /** Name of the new token and for how many days it works (omit for no end date). */
  public record TokenRequest(String name, Integer validDays) {}

  @GET
  @Path("tokens")
  public List<TokenDto> tokens() {
    return service.apiTokens(Caller.id(security)).stream().map(TokenDto::of).toList();
  }

  @APIResponseSchema(value = NewTokenDto.class, responseCode = "201")
  @POST
  @Path("tokens")
  public Response createToken(TokenRequest request) {
    IssuedApiToken issued =
        service.issueApiToken(Caller.id(security), request == null ? null : request.name(), request == null ? null : request.validDays());
    ApiToken t = issued.token();
    return Response.status(Response.Status.CREATED)
        .entity(new NewTokenDto(t.getId(), t.getName(), t.getExpiresAt(), issued.secret()))
        .build();
  }

  @DELETE
  @Path("tokens/{id}")
  public Response revokeToken(@PathParam("id") long id) {
    service.revokeApiToken(Caller.id(security), id);
    return Response.noContent().build();
  }
}
