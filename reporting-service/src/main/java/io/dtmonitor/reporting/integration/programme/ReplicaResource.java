package io.dtmonitor.reporting.integration.programme;

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

@Path("/api/v1/admin/programme-replica")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Operations on local read models")
@SecurityRequirement(name = "bearer")
public class ReplicaResource {

  private final ReplicaRebuilder rebuilder;

  public ReplicaResource(ReplicaRebuilder rebuilder) {
    this.rebuilder = rebuilder;
  }

  @POST
  @Path("/rebuild")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "rebuildProgrammeReplica",
      summary = "Rebuild the programme replica from the event topic",
      description =
          "Empties the replica of adopted programme versions and replays the programme topic from offset 0.")
  @APIResponse(responseCode = "200", description = "Rebuilt")
  @APIResponse(responseCode = "403", description = "Not an admin")
  public ReplicaRebuilder.Rebuilt rebuild() {
    return rebuilder.rebuild();
  }
}
