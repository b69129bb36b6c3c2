package io.dtmonitor.indicator.community;

import io.dtmonitor.platform.security.RegionCodes;
import io.dtmonitor.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/communities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Communities",
    description = "Territorial communities, whose values roll up to their oblasts")
public class CommunityResource {

  private final CommunityService service;

  public CommunityResource(CommunityService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(operationId = "listCommunities", summary = "An oblast's territorial communities")
  @APIResponse(
      responseCode = "200",
      description = "The communities, by code",
      content = @Content(schema = @Schema(implementation = CommunityResponse.Listing.class)))
  @APIResponse(responseCode = "400", description = "No oblast given")
  public CommunityResponse.Listing list(
      @Parameter(required = true, example = "UA-63")
          @QueryParam("oblast")
          @NotNull
          @Pattern(
              regexp = RegionCodes.PATTERN,
              message = "must be an ISO 3166-2 code such as UA-63")
          String oblast) {
    return service.of(oblast);
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "putCommunity",
      summary = "Register a territorial community, or change its names or population")
  @APIResponse(
      responseCode = "200",
      description = "The community",
      content = @Content(schema = @Schema(implementation = CommunityResponse.class)))
  @APIResponse(responseCode = "400", description = "A malformed code or body")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(
      responseCode = "422",
      description = "The code or the KATOTTG code does not name an oblast of the catalogue")
  public CommunityResponse put(
      @Parameter(description = "The oblast's code and a three-digit number", example = "UA-63-001")
          @PathParam("code")
          @Pattern(
              regexp = RegionCodes.COMMUNITY_PATTERN,
              message = "must be an oblast's code and a three-digit number such as UA-63-001")
          String code,
      @NotNull @Valid CommunityRequest request) {
    return service.put(code, request);
  }
}
