package io.dtmonitor.programme.region;

import io.dtmonitor.platform.problem.Problem;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.programme.region.api.RegionListResponse;
import io.dtmonitor.programme.region.api.RegionResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "Reference data: regions and their jurisdictions")
@PermitAll
public class RegionResource {

  private final RegionRepository regions;

  public RegionResource(RegionRepository regions) {
    this.regions = regions;
  }

  @GET
  @Operation(operationId = "listRegions", summary = "List regions")
  @APIResponse(responseCode = "200", description = "Regions ordered by code")
  @APIResponse(
      responseCode = "400",
      description = "Invalid filter",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RegionListResponse list(
      @Parameter(description = "Only regions of this jurisdiction", example = "UA")
          @QueryParam("jurisdiction")
          @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
          String jurisdiction) {
    return new RegionListResponse(
        regions.list(jurisdiction).stream().map(RegionResponse::of).toList());
  }

  @GET
  @Path("/{code}")
  @Operation(operationId = "getRegion", summary = "Get a region")
  @APIResponse(responseCode = "200", description = "The region")
  @APIResponse(
      responseCode = "404",
      description = "No such region",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RegionResponse get(
      @Parameter(description = "ISO 3166-2 code", example = "UA-53") @PathParam("code")
          String code) {
    return regions
        .findByIdOptional(code)
        .map(RegionResponse::of)
        .orElseThrow(() -> ProblemException.notFound("Region", code));
  }
}
