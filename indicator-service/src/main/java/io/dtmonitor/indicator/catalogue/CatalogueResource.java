package io.dtmonitor.indicator.catalogue;

import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The shared indicator catalogue")
public class CatalogueResource {

  private final IndicatorRepository indicators;
  private final CatalogueService service;

  public CatalogueResource(IndicatorRepository indicators, CatalogueService service) {
    this.indicators = indicators;
    this.service = service;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "createIndicator", summary = "Add an indicator to the catalogue")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid indicator")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(
      responseCode = "409",
      description = "The code is taken, or the catalogue holds its 500 indicators")
  public Response create(@NotNull @Valid IndicatorRequest request) {
    return Response.status(Response.Status.CREATED).entity(service.create(request)).build();
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "updateIndicator",
      summary = "Change an indicator",
      description = "If-Match required.")
  @APIResponse(responseCode = "200", description = "Changed")
  @APIResponse(responseCode = "400", description = "Invalid indicator")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(responseCode = "409", description = "A derived indicator")
  @APIResponse(responseCode = "412", description = "Changed since the given ETag")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public IndicatorResponse update(
      @PathParam("code") String code,
      @Parameter(description = "The indicator's ETag, as its last answer gave it", required = true)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid IndicatorRequest request) {
    return service.update(code, request, ifMatch);
  }

  @GET
  @PermitAll
  @Operation(operationId = "listIndicators", summary = "List the indicator catalogue")
  @APIResponse(responseCode = "200", description = "Every indicator, by code")
  public IndicatorList list() {
    return new IndicatorList(indicators.all().stream().map(IndicatorResponse::of).toList());
  }

  @GET
  @Path("/{code}")
  @PermitAll
  @Operation(operationId = "getIndicator", summary = "Get an indicator")
  @APIResponse(
      responseCode = "200",
      description = "The indicator",
      content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
  @APIResponse(responseCode = "404", description = "No such indicator")
  public Response get(@PathParam("code") String code) {
    Indicator indicator =
        indicators
            .findByIdOptional(code)
            .orElseThrow(() -> ProblemException.notFound("Indicator", code));
    return Response.ok(IndicatorResponse.of(indicator))
        .tag(EntityTags.of(indicator.version))
        .build();
  }

  /** The catalogue. */
  @Schema(name = "IndicatorList")
  public record IndicatorList(
      @Schema(maxItems = Indicator.CATALOGUE_CAPACITY) List<IndicatorResponse> items) {}
}
