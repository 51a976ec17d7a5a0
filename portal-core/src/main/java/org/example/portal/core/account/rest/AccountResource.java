package org.example.portal.core.account.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.account.application.NewPassword;
import org.example.portal.core.account.application.Registration;
import org.example.portal.core.account.domain.Account;

/** Self-service account endpoints open to everybody: register, reset a password, accept an invitation. */
@Path("accounts")
@RequestScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  @Inject AccountService accounts;

  @Context UriInfo uri;

  /** Registers a customer account; 409 if the e-mail address is taken. */
  @APIResponseSchema(value = AccountDto.class, responseCode = "201")
  @POST
  public Response register(@NotNull(message = "{request.body.required}") @Valid Registration registration) {
    Account account = accounts.registerCustomer(registration);
    return Response.created(uri.getBaseUriBuilder().path("me").build()).entity(AccountDto.of(account)).build();
  }

  /** The address to send a reset link to. */
  public record ResetRequest(String email) {}

  /** Always 202, whether or not the address has an account. */
  @POST
  @Path("password-reset")
  public Response requestPasswordReset(@NotNull(message = "{request.body.required}") ResetRequest request) {
    if (request.email() != null && !request.email().isBlank()) {
      accounts.requestPasswordReset(request.email());
    }
    return Response.accepted().build();
  }

  @POST
  @Path("password-reset/confirm")
  public Response resetPassword(@NotNull(message = "{request.body.required}") @Valid NewPassword newPassword) {
    accounts.resetPassword(newPassword);
    return Response.noContent().build();
  }

  @POST
  @Path("invitation/accept")
  public Response acceptInvitation(@NotNull(message = "{request.body.required}") @Valid NewPassword newPassword) {
    accounts.acceptInvitation(newPassword);
    return Response.noContent().build();
  }
}
