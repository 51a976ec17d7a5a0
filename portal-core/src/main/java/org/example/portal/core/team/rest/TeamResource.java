package org.example.portal.core.team.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.team.application.TeamForm;
import org.example.portal.core.team.application.TeamService;
import org.example.portal.core.team.domain.Team;

/** Teams: staff read them, admins maintain them. */
@Path("teams")
@RequestScoped
@RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

  @Inject TeamService teams;

  /** A team on the wire. */
  public record TeamDto(long id, String name, Team.Kind kind, Set<Long> areaIds, Set<Long> memberIds) {
    static TeamDto of(Team t) {
      return new TeamDto(t.getId(), t.getName(), t.getKind(), new TreeSet<>(t.getAreaIds()), new TreeSet<>(t.getMemberIds()));
    }
  }

  @GET
  public List<TeamDto> teams() {
    return teams.teams().stream().map(TeamDto::of).toList();
  }

  @GET
  @Path("{id}")
  public TeamDto team(@PathParam("id") long id) {
    return TeamDto.of(teams.team(id));
  }

  @APIResponseSchema(value = TeamDto.class, responseCode = "201")
  @POST
  @RolesAllowed(Role.Names.ADMIN)
  public Response create(@NotNull(message = "{request.body.required}") @Valid TeamForm form) {
    return Response.status(Response.Status.CREATED).entity(TeamDto.of(teams.createTeam(form))).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.Names.ADMIN)
  public TeamDto update(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid TeamForm form) {
    return TeamDto.of(teams.updateTeam(id, form));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.Names.ADMIN)
  public Response delete(@PathParam("id") long id) {
    teams.deleteTeam(id);
    return Response.noContent().build();
  }
}
