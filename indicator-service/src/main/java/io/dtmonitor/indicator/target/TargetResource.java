package io.dtmonitor.indicator.target;

import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
  @Operation(
      operationId = "setTarget",
      summary = "Set a region's target for an indicator and year",
      description =
          "Replacing a target needs its ETag in If-Match; every version stays readable at"
              + " /targets/history.")
  @APIResponse(
      responseCode = "200",
      description = "The target, with its ETag",
      content = @Content(schema = @Schema(implementation = TargetResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid target")
  @APIResponse(responseCode = "403", description = "Another region's target")
  @APIResponse(responseCode = "412", description = "The target changed since the given ETag")
  @APIResponse(responseCode = "428", description = "The target exists and If-Match is missing")
  public Response set(
      @HeaderParam("If-Match") String ifMatch, @NotNull @Valid TargetRequest request) {
    TargetResponse target = service.set(request, ifMatch);
    return Response.ok(target).tag(EntityTags.of(target.version())).build();
  }

  @GET
  @Path("/history")
  @PermitAll
  @Operation(
      operationId = "getTargetHistory",
      summary = "Every version of a region's target for an indicator and year")
  @APIResponse(
      responseCode = "200",
      description = "One page of the revisions, oldest first, with who set each and when",
      content = @Content(schema = @Schema(implementation = TargetRevision.History.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "region, indicator or targetYear missing or unknown, or an invalid page size or token")
  @APIResponse(responseCode = "404", description = "No such target was ever set")
  public TargetRevision.History history(
      @Parameter(required = true, example = "UA-63") @QueryParam("region") @NotBlank String region,
      @Parameter(required = true, example = "DIGITAL_WORKPLACES_PER_COMMUNITY")
          @QueryParam("indicator")
          @NotBlank
          String indicator,
      @Parameter(required = true, example = "2027")
          @QueryParam("targetYear")
          @NotNull
          @Min(2000)
          @Max(2100)
          Integer targetYear,
      @BeanParam PageParameters paging) {
    Page<TargetRevision> page = service.history(region, indicator, targetYear, paging.request());
    return new TargetRevision.History(page.items(), page.nextPageToken());
  }

  @GET
  @PermitAll
  @Operation(operationId = "listTargets", summary = "List targets")
  @APIResponse(
      responseCode = "200",
      description = "One page of targets, by region, indicator and year",
      content = @Content(schema = @Schema(implementation = TargetList.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A region or indicator the suite does not know, or an invalid page size or token")
  public TargetList list(
      @Parameter(example = "UA-63") @QueryParam("region") String region,
      @Parameter(example = "DIGITAL_WORKPLACES_PER_COMMUNITY") @QueryParam("indicator")
          String indicator,
      @BeanParam PageParameters paging) {
    Page<TargetResponse> page =
        service.search(
            Optional.ofNullable(region), Optional.ofNullable(indicator), paging.request());
    return new TargetList(page.items(), page.nextPageToken());
  }

  /** One page of targets. */
  @Schema(name = "TargetList")
  public record TargetList(
      List<TargetResponse> items,
      @Schema(description = "Token of the next page; absent on the last page", nullable = true)
          String nextPageToken) {}
}
