package org.example.portal.core.account.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import org.example.portal.core.account.application.AccountService;
import org.example.portal.core.account.application.Invitation;
import org.example.portal.core.account.domain.Accounts;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.account.domain.Tier;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.rest.Caller;

/** Admins invite staff and manage accounts: roles, tier, enabled. */
@Path("admin/accounts")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountResource {

  @Inject AccountService service;
  @Inject Accounts accounts;
  @Context SecurityContext security;

  /** Accounts that hold a role, e.g. {@code ?role=SUPPORT_AGENT}. */
  @GET
  public List<AccountDto> byRole(@QueryParam("role") String role) {
    if (role == null || role.isBlank()) {
      throw new InvalidInputException("role", "Name a role: one of " + List.of(Role.values()) + ".");
    }
    Role parsed;
    try {
      parsed = Role.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("role", "Unknown role " + role + "; use one of " + List.of(Role.values()) + ".");
    }
    return accounts.findByRole(parsed).stream().map(AccountDto::of).toList();
  }

  @GET
  @Path("{id}")
  public AccountDto account(@PathParam("id") long id) {
    return AccountDto.of(accounts.get(id));
  }

  /** Creates a staff account and e-mails the invitation link. */
  @APIResponseSchema(value = AccountDto.class, responseCode = "201")
  @POST
  @Path("invitations")
  public Response invite(@NotNull(message = "{request.body.required}") @Valid Invitation invitation) {
    return Response.status(Response.Status.CREATED).entity(AccountDto.of(service.inviteStaff(invitation))).build();
  }

  /** Roles to give the account, replacing its current ones. */
  public record RolesUpdate(Set<Role> roles) {}

  @PUT
  @Path("{id}/roles")
  public AccountDto changeRoles(@PathParam("id") long id, @NotNull(message = "{request.body.required}") RolesUpdate update) {
    return AccountDto.of(service.changeRoles(id, update.roles() == null ? Set.of() : update.roles(), Caller.id(security)));
  }

  /** A customer's new tier. */
  public record TierUpdate(Tier tier) {}

  @PUT
  @Path("{id}/tier")
  public AccountDto changeTier(@PathParam("id") long id, @NotNull(message = "{request.body.required}") TierUpdate update) {
    if (update.tier() == null) {
      throw new InvalidInputException("tier", "Choose a tier: " + List.of(Tier.values()) + ".");
    }
    return AccountDto.of(service.changeTier(id, update.tier()));
  }

  /** Whether the account may sign in. */
  public record EnabledUpdate(boolean enabled) {}

  @PUT
  @Path("{id}/enabled")
  public AccountDto setEnabled(@PathParam("id") long id, @NotNull(message = "{request.body.required}") EnabledUpdate update) {
    return AccountDto.of(service.setEnabled(id, update.enabled(), Caller.id(security)));
  }
}
