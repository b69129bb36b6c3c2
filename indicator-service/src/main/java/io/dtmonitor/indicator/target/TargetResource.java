package io.dtmonitor.indicator.target;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Regional targets per indicator")
@SecurityRequirement(name = "bearer")
public class TargetResource {

  private final TargetService service;

  public TargetResource(TargetService service) {
    this.service = service;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("cdto")
  @Operation(operationId = "setTarget", summary = "Set a region's target for an indicator and year")
  @APIResponse(responseCode = "200", description = "The target")
  @APIResponse(responseCode = "400", description = "Invalid target")
  @APIResponse(responseCode = "403", description = "Another region's target")
  public TargetResponse set(@NotNull @Valid TargetRequest request) {
    return service.set(request);
  }

  @GET
  @PermitAll
  @Operation(operationId = "listTargets", summary = "List targets")
  @APIResponse(responseCode = "200", description = "Targets by region, indicator and year")
  public TargetList list(
      @QueryParam("region") String region, @QueryParam("indicator") String indicator) {
    return new TargetList(service.search(region, indicator));
  }

  /** Targets. */
  @Schema(name = "TargetList")
  public record TargetList(List<TargetResponse> items) {}
}
