package io.dtmonitor.indicator.observation;

import io.dtmonitor.platform.http.QueryValues;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageParameters;
import io.dtmonitor.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/observations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observations", description = "Indicator values per region and period, with revisions")
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
@SecurityRequirement(name = "bearer")
public class ObservationResource {

  private final ObservationService service;

  public ObservationResource(ObservationService service) {
    this.service = service;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"cdto", "admin"})
  @Operation(
      operationId = "recordObservation",
      summary = "Record a value",
      description = "Recording the same region, indicator and period again creates a new revision.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = ObservationResponse.class)))
  @APIResponse(responseCode = "400", description = "A field missing or malformed")
  @APIResponse(
      responseCode = "422",
      description =
          "Unknown region, indicator or methodology, a derived indicator, a value off the"
              + " methodology's scale or a period of the other periodicity")
  @APIResponse(responseCode = "403", description = "Another region's value")
  public Response record(@NotNull @Valid RecordObservationRequest request) {
    return Response.status(Response.Status.CREATED).entity(service.record(request)).build();
  }

  @GET
  @PermitAll
  @Operation(operationId = "listObservations", summary = "Current values, or as of a moment")
  @APIResponse(
      responseCode = "200",
      description = "The latest revision of each value",
      content = @Content(schema = @Schema(implementation = ObservationList.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid filter (a region or indicator the suite does not know), or neither an"
              + " indicator nor a period (the export lists all)")
  public ObservationList current(
      @Parameter(example = "UA-53") @QueryParam("region") String region,
      @Parameter(description = "Required unless a period is given", example = "INTERNET_COVERAGE")
          @QueryParam("indicator")
          String indicator,
      @Parameter(description = "Required unless an indicator is given", example = "2021")
          @QueryParam("period")
          String period,
      @Parameter(
              description = "RFC 3339 moment to read the values as of",
              example = "2025-01-01T00:00:00Z")
          @QueryParam("asOf")
          String asOf,
      @BeanParam PageParameters paging) {
    Page<ObservationResponse> page =
        service.current(
            Optional.ofNullable(region),
            Optional.ofNullable(indicator),
            Optional.ofNullable(period),
            QueryValues.moment("asOf", asOf),
            paging.request());
    return new ObservationList(page.items(), page.nextPageToken());
  }

  @GET
  @Path("/history")
  @PermitAll
  @Operation(operationId = "getObservationHistory", summary = "Every revision of a value")
  @APIResponse(
      responseCode = "200",
      description =
          "One page of the revisions the caller may see, oldest first: PROVISIONAL ones only for"
              + " the region's own office, reviewers and the ministry",
      content = @Content(schema = @Schema(implementation = ObservationHistory.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "region, indicator or period missing or unknown, or an invalid page size or token")
  public ObservationHistory history(
      @QueryParam("region") String region,
      @QueryParam("indicator") String indicator,
      @QueryParam("period") String period,
      @BeanParam PageParameters paging) {
    if (region == null || indicator == null || period == null) {
      throw ProblemException.invalid(
          region == null ? "region" : indicator == null ? "indicator" : "period", "is required");
    }
    Page<ObservationResponse> page = service.history(region, indicator, period, paging.request());
    return new ObservationHistory(page.items(), page.nextPageToken());
  }
}
