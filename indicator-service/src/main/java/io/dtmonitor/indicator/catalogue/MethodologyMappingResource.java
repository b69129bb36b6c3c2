package io.dtmonitor.indicator.catalogue;

import io.dtmonitor.platform.paging.PageParameters;
import io.dtmonitor.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators/{code}/methodology-mappings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The shared indicator catalogue")
public class MethodologyMappingResource {

  private final MethodologyMappingService service;

  public MethodologyMappingResource(MethodologyMappingService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "listMethodologyMappings",
      summary = "The mappings between an indicator's methodologies")
  @APIResponse(
      responseCode = "200",
      description = "One page of the indicator's mappings, by source and target methodology",
      content =
          @Content(schema = @Schema(implementation = MethodologyMappingResponse.Listing.class)))
  @APIResponse(responseCode = "400", description = "Invalid page size or token")
  @APIResponse(responseCode = "404", description = "No such indicator")
  public MethodologyMappingResponse.Listing list(
      @PathParam("code") String code, @BeanParam PageParameters paging) {
    return service.list(code, paging.request());
  }

  @PUT
  @Path("/{fromVersion}/{toVersion}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "setMethodologyMapping",
      summary = "Set how values of one methodology convert to another's scale")
  @APIResponse(
      responseCode = "200",
      description = "The mapping as stored",
      content = @Content(schema = @Schema(implementation = MethodologyMappingResponse.class)))
  @APIResponse(responseCode = "400", description = "A malformed factor or offset")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(responseCode = "404", description = "No such indicator")
  @APIResponse(
      responseCode = "422",
      description = "An unknown methodology, the same methodology twice, or a factor of 0")
  public MethodologyMappingResponse set(
      @PathParam("code") String code,
      @PathParam("fromVersion") String from,
      @PathParam("toVersion") String to,
      @NotNull @Valid MethodologyMappingRequest request) {
    return service.set(code, from, to, request);
  }
}
