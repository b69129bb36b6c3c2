package io.dtmonitor.indicator.projection;

import io.dtmonitor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Operations on local read models")
@SecurityRequirement(name = "bearer")
public class ProjectionResource {

  private final ProjectionRebuilder rebuilder;

  public ProjectionResource(ProjectionRebuilder rebuilder) {
    this.rebuilder = rebuilder;
  }

  @POST
  @Path("/rebuild")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "rebuildProjections",
      summary = "Rebuild the programme and report projections from the event topics",
      description = "Empties the projections and replays both topics from offset 0.")
  @APIResponse(responseCode = "200", description = "Rebuilt")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public ProjectionRebuilder.Rebuilt rebuild() {
    return rebuilder.rebuild();
  }
}
